package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// validateFolds is how many folds the cross-validation of -validate cuts
// each class of a file's training part into.
const validateFolds = 5

// runValidate measures the learned model inside the training part of each
// file only (the first 70% of each class, as split gives it): the test
// part is dropped before anything else happens, so that a choice made by
// this measure (a token kind, a threshold, a weight) never saw a test row.
//
// Two measures, both with the rules and the model together as -train runs
// them:
//   - tail: the published protocol again, inside the training part: learn
//     the first 70% of each class of it, in file order, check the rest;
//   - k-fold: cut each class of the training part, in file order, into
//     validateFolds contiguous blocks; for each block, a new Moderator
//     Checks and Learns the other blocks in file order and then Checks the
//     block; the outcomes of all blocks are added up, so every training
//     comment is checked once, by a model that did not learn it.
//
// Each is printed with the same run without Learn beside it (what the
// model adds), and the errors summed over all files. When wrong is not
// nil, each training comment the k-fold model gets wrong is listed there.
func runValidate(w io.Writer, files []string, wrong io.Writer) error {
	ctx := context.Background()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "file\tchecked spam/ham\ttail FP\ttail FN\ttail MCC\ttail untrained\tchecked spam/ham\tk-fold FP\tk-fold FN\tk-fold MCC\tk-fold untrained\t")
	var tailAll, foldAll, tailUn, foldUn confusion
	for _, f := range files {
		rows, err := readRows(f)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		train, _ := split(rows) // the test part is never looked at

		var tail, tailU confusion
		learn, check := split(train)
		for _, l := range []bool{true, false} {
			r, err := trainAndTest(ctx, learn, check, l, nil)
			if err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			if l {
				tail = r.Lib
			} else {
				tailU = r.Lib
			}
		}

		var fold, foldU confusion
		for k := range validateFolds {
			learn, check := foldSplit(train, k)
			for _, l := range []bool{true, false} {
				var wr io.Writer
				if l {
					wr = wrong
				}
				r, err := trainAndTest(ctx, learn, check, l, wr)
				if err != nil {
					return fmt.Errorf("%s: %w", f, err)
				}
				if l {
					fold.merge(r.Lib)
				} else {
					foldU.merge(r.Lib)
				}
			}
		}
		fmt.Fprintf(tw, "%s\t%d/%d\t%d\t%d\t%s\t%s\t%d/%d\t%d\t%d\t%s\t%s\t\n", name,
			tail.TP+tail.FN, tail.TN+tail.FP, tail.FP, tail.FN, mcc4(tail), mcc4(tailU),
			fold.TP+fold.FN, fold.TN+fold.FP, fold.FP, fold.FN, mcc4(fold), mcc4(foldU))
		tailAll.merge(tail)
		tailUn.merge(tailU)
		foldAll.merge(fold)
		foldUn.merge(foldU)
	}
	fmt.Fprintf(tw, "all files\t%d/%d\t%d\t%d\t%s\t%s\t%d/%d\t%d\t%d\t%s\t%s\t\n",
		tailAll.TP+tailAll.FN, tailAll.TN+tailAll.FP, tailAll.FP, tailAll.FN, mcc4(tailAll), mcc4(tailUn),
		foldAll.TP+foldAll.FN, foldAll.TN+foldAll.FP, foldAll.FP, foldAll.FN, mcc4(foldAll), mcc4(foldUn))
	tw.Flush()
	fmt.Fprintf(w, "\ninside the first %.0f%% of each class of each file only (the test part is never read):\n"+
		"tail: learn the first %.0f%% of each class of it in file order, check the rest; k-fold: %d contiguous blocks per class, each checked by a model that learned the others;\n"+
		"untrained: the same without Learn. FP = ham flagged (held or rejected), FN = spam passed.\n", 100*trainShare, 100*trainShare, validateFolds)
	return nil
}

// foldSplit returns, in file order, the rows outside block k of
// validateFolds contiguous blocks per class (to learn) and the rows inside
// it (to check).
func foldSplit(rows []row, k int) (learn, check []row) {
	spam, ham := classCounts(rows)
	var i, j int // index of the row within its class
	for _, x := range rows {
		var block int
		if x.Spam {
			block = i * validateFolds / spam
			i++
		} else {
			block = j * validateFolds / ham
			j++
		}
		if block == k {
			check = append(check, x)
		} else {
			learn = append(learn, x)
		}
	}
	return learn, check
}

func mcc4(c confusion) string { return num4(computeMetrics(c).MCC) }
