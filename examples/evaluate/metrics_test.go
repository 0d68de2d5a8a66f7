package main

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestComputeMetrics(t *testing.T) {
	// TP 90, FP 10, TN 80, FN 20: MCC = (90·80 − 10·20) / √(100·110·90·100)
	// = 7000 / √99,000,000 = 0.703526…
	c := confusion{TP: 90, FP: 10, TN: 80, FN: 20, RejectSpam: 49, RejectHam: 1}
	m := computeMetrics(c)
	assert.InDelta(t, 0.9, m.Precision, 1e-12)
	assert.InDelta(t, 90.0/110, m.Recall, 1e-12)
	assert.InDelta(t, 180.0/210, m.F1, 1e-12)
	assert.InDelta(t, 0.703526, m.MCC, 1e-6)
	assert.InDelta(t, 170.0/200, m.Accuracy, 1e-12)
	assert.InDelta(t, 10.0/90, m.HamFlagged, 1e-12)
	assert.InDelta(t, 0.98, m.RejectPrecision, 1e-12)
}

func TestComputeMetricsEdges(t *testing.T) {
	t.Run("perfect", func(t *testing.T) {
		m := computeMetrics(confusion{TP: 5, TN: 5})
		assert.Equal(t, 1.0, m.MCC)
		assert.Equal(t, 0.0, m.HamFlagged)
	})
	t.Run("inverted", func(t *testing.T) {
		assert.Equal(t, -1.0, computeMetrics(confusion{FP: 5, FN: 5}).MCC)
	})
	t.Run("no spam", func(t *testing.T) {
		m := computeMetrics(confusion{TN: 4, FP: 1})
		assert.True(t, math.IsNaN(m.MCC), "no MCC without both classes")
		assert.InDelta(t, 0.2, m.HamFlagged, 1e-12)
	})
	t.Run("no ham", func(t *testing.T) {
		assert.True(t, math.IsNaN(computeMetrics(confusion{TP: 4, FN: 1}).MCC))
	})
	t.Run("nothing flagged", func(t *testing.T) {
		m := computeMetrics(confusion{TN: 5, FN: 5})
		assert.Equal(t, 0.0, m.MCC)
		assert.True(t, math.IsNaN(m.Precision))
		assert.True(t, math.IsNaN(m.RejectPrecision))
	})
}

func TestConfusionAdd(t *testing.T) {
	var c confusion
	for _, x := range []struct {
		spam   bool
		action string
	}{{true, "reject"}, {true, "hold"}, {true, "approve"}, {false, "hold"}, {false, "reject"}, {false, "approve"}, {false, "approve"}} {
		c.add(x.spam, x.action)
	}
	assert.Equal(t, confusion{TP: 2, FN: 1, FP: 2, TN: 2, RejectSpam: 1, RejectHam: 1}, c)
}
