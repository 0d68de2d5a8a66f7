package main

import "math"

// confusion counts the outcomes of a spam filter on labelled comments.
// "Flagged" means held or rejected.
type confusion struct {
	TP, FP, TN, FN int // flagged spam, flagged ham, passed ham, passed spam
	RejectSpam     int // spam rejected outright
	RejectHam      int // ham rejected outright
}

// add counts one comment.
func (c *confusion) add(spam bool, action string) {
	flagged := action == "hold" || action == "reject"
	switch {
	case spam && flagged:
		c.TP++
	case spam:
		c.FN++
	case flagged:
		c.FP++
	default:
		c.TN++
	}
	if action == "reject" {
		if spam {
			c.RejectSpam++
		} else {
			c.RejectHam++
		}
	}
}

// merge adds the counts of o to c.
func (c *confusion) merge(o confusion) {
	c.TP += o.TP
	c.FP += o.FP
	c.TN += o.TN
	c.FN += o.FN
	c.RejectSpam += o.RejectSpam
	c.RejectHam += o.RejectHam
}

// metrics are the figures evaluate prints, computed from a confusion.
type metrics struct {
	Precision, Recall, F1, MCC, Accuracy float64
	HamFlagged                           float64 // share of ham held or rejected
	RejectPrecision                      float64 // share of rejected comments that are spam; NaN if none
}

// computeMetrics returns the metrics of c. A ratio whose denominator is 0
// is NaN (printed "n/a"). So is MCC when the comments hold no spam or no
// ham: there is nothing to correlate with. When they hold both and the
// filter flags all of them or none, MCC is 0 by the usual convention: a
// filter that always says the same thing tells nothing.
func computeMetrics(c confusion) metrics {
	tp, fp, tn, fn := float64(c.TP), float64(c.FP), float64(c.TN), float64(c.FN)
	m := metrics{
		Precision:       ratio(tp, tp+fp),
		Recall:          ratio(tp, tp+fn),
		Accuracy:        ratio(tp+tn, tp+fp+tn+fn),
		HamFlagged:      ratio(fp, fp+tn),
		RejectPrecision: ratio(float64(c.RejectSpam), float64(c.RejectSpam+c.RejectHam)),
	}
	m.F1 = ratio(2*tp, 2*tp+fp+fn)
	switch d := math.Sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)); {
	case tp+fn == 0 || tn+fp == 0:
		m.MCC = math.NaN()
	case d > 0:
		m.MCC = (tp*tn - fp*fn) / d
	}
	return m
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}
