package moderation

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestSubmitTime: which Comment.Time a Check trusts. A time ahead of the
// clock by more than servers disagree is taken as now; the past is kept.
func TestSubmitTime(t *testing.T) {
	for _, c := range []struct {
		name   string
		offset time.Duration // from now; 0 is the zero Time
		kept   bool
	}{
		{"zero: now", 0, false},
		{"ten years ago", -10 * 365 * 24 * time.Hour, true},
		{"a second ago", -time.Second, true},
		{"30 s ahead: another server's clock", 30 * time.Second, true},
		{"just within the allowance", formClockSkew - time.Second, true},
		{"just past the allowance", formClockSkew + time.Second, false},
		{"two days ahead", 48 * time.Hour, false},
		{"year 9999", time.Until(time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var in time.Time
			if c.offset != 0 {
				in = time.Now().Add(c.offset)
			}
			before := time.Now()
			got := submitTime(in)
			if c.kept {
				assert.True(t, got.Equal(in), "%v became %v", in, got)
			} else {
				assert.False(t, got.Before(before), "%v became %v, not now", in, got)
				assert.False(t, got.After(time.Now()), "%v became %v, not now", in, got)
			}
		})
	}
}
