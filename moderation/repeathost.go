package moderation

import (
	"fmt"
	"time"
)

// Defaults of CodeRepeatHost.
const (
	// DefaultRepeatHostAuthors: one new author linking a site is normal,
	// two can be chance; three fresh accounts pushing the same site within
	// a day is a campaign.
	DefaultRepeatHostAuthors = 3
	// DefaultRepeatHostWindow is how long the posters of a domain are
	// remembered.
	DefaultRepeatHostWindow = 24 * time.Hour
	// repeatHostWeight, in units of HoldScore: held for a person to judge
	// the site.
	repeatHostWeight = 1.0
)

// unwatchedHosts are the hosts CodeRepeatHost leaves out: the multi-user
// platforms (lists/platform-hosts.txt) and the URL shorteners
// (lists/shorteners.txt), in one set so that a domain is looked up once,
// with the shapes of its entries: each link's domain and its parents are
// looked up, and nearly none has an entry's shape. The sites of public
// offices are left out too (publicOffice): many readers pointing to the
// same government service in a day is a story that concerns them, not a
// campaign, and no link dropper owns one.
var unwatchedHosts = newShapedHostSet(newHostSet(readList("platform-hosts.txt"), readList("shorteners.txt")))

// appendWatchedHosts appends to out the domains that repeat_host
// watches: not a platform many people publish on, not a URL shortener
// (whose own check flags it, and whose links lead anywhere), not a public
// office's site (a government's, an agency's: officeLabel, publicOffice;
// a school's or a university's is watched, as a student's pages there are
// anyone's). out may be
// domains[:0], to filter domains in place.
func appendWatchedHosts(out, domains []string) []string {
	for _, d := range domains {
		if !unwatchedHosts.covers(d) && !(officeLabel(d) && publicOffice(d)) {
			out = append(out, d)
		}
	}
	return out
}

// repeatHostFlags appends to out CodeRepeatHost for each linked domain
// with no approved comments that RepeatHostAuthors or more authors with no
// approved comments, this one included, linked within the window.
func (s *stateSettings) repeatHostFlags(out []Flag, st *State) []Flag {
	if s.repeatAuthors <= 0 || st.Author.Ham > 0 {
		return out
	}
	for i, ds := range st.snap.Domains {
		if ds.Ham > 0 {
			continue
		}
		n := ds.Authors
		if st.authorKey != "" {
			n++ // this author
		}
		if n >= s.repeatAuthors {
			out = append(out, Flag{
				Code:   CodeRepeatHost,
				Score:  repeatHostWeight * s.unit,
				Detail: fmt.Sprintf("%s was linked by %d new authors within %s.", st.query.Domains[i], n, durationText(s.windows.Hosts)),
			})
		}
	}
	return out
}
