package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepeatHostOffices: several new readers pointing one another to
// the same public office's site within a day is no campaign, so
// repeat_host leaves governments' and agencies' sites out; a shop's
// site, a school's or a university's (where anyone's pages may be) is
// still watched.
func TestRepeatHostOffices(t *testing.T) {
	for _, c := range []struct {
		link    string
		watched bool
	}{
		{"https://www.gov.uk/council-tax-bands", false},
		{"https://www.irs.gov/payments", false},
		{"https://www.impots.gouv.fr/particulier", false},
		{"https://www.meteoswiss.admin.ch/forecast", false},
		{"https://www.gov.scot/policies/heating", false},
		{"https://www.cheap-boiler-deals.com/offer", true},
		{"https://people.stanford.edu/someone/page", true},
		{"https://www.ox.ac.uk/admissions", true},
	} {
		t.Run(c.link, func(t *testing.T) {
			m, err := New(Config{})
			require.NoError(t, err)
			var last Result
			for i := 0; i < DefaultRepeatHostAuthors; i++ {
				author := fmt.Sprintf("reader%d", i)
				last, err = m.Check(context.Background(), Comment{
					Body:   fmt.Sprintf("Worth reading before you decide, number %d: %s", i, c.link),
					Author: author, AuthorEmail: author + "@example.org",
				})
				require.NoError(t, err)
			}
			assert.Equal(t, c.watched, hasCode(last.Flags, CodeRepeatHost), "%v", last.Flags)
		})
	}
}
