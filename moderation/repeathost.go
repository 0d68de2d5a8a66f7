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

// platformHosts are the multi-user platforms CodeRepeatHost leaves out
// (lists/platform-hosts.txt).
var platformHosts = newHostSet(readList("platform-hosts.txt"))

// repeatHostCounts reports whether a domain is one that repeat_host
// watches: not a platform many people publish on, not a URL shortener
// (whose own check flags it, and whose links lead anywhere).
func repeatHostCounts(domain string) bool {
	return platformHosts.match(domain) == "" && shortenerHosts.match(domain) == ""
}

// repeatHostCounts is the package's repeatHostCounts of the State's i-th
// domain, worked out once: the flags and the Record both ask.
func (st *State) repeatHostCounts(i int) bool {
	bit := uint32(1) << i // i < maxStateDomains
	if st.hostKnown&bit == 0 {
		st.hostKnown |= bit
		if repeatHostCounts(st.query.Domains[i]) {
			st.hostCounts |= bit
		}
	}
	return st.hostCounts&bit != 0
}

// repeatHostFlags appends to out CodeRepeatHost for each linked domain
// with no approved comments that RepeatHostAuthors or more authors with no
// approved comments, this one included, linked within the window.
func (s *stateSettings) repeatHostFlags(out []Flag, st *State) []Flag {
	if s.repeatAuthors <= 0 || st.Author.Ham > 0 {
		return out
	}
	for i, ds := range st.snap.Domains {
		if ds.Ham > 0 || !st.repeatHostCounts(i) {
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
