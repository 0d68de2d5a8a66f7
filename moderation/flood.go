package moderation

import (
	"strconv"
	"time"
)

// Defaults of CodeFlood.
const (
	// DefaultFloodInterval: fifteen seconds is too short to read a reply
	// and write another comment; scripts and double clicks are faster.
	DefaultFloodInterval = 15 * time.Second
	// DefaultFloodWindow and DefaultFloodMax: more than 20 comments an
	// hour from one IP or author is a bot or a flame war, both worth a
	// moderator's look; a lively discussion stays below it.
	DefaultFloodWindow = time.Hour
	DefaultFloodMax    = 20
	// floodWeight, in units of HoldScore: a flood is held, not rejected,
	// because people behind one IP (an office, a school) share it.
	floodWeight = 1.0
)

// agoText says how long ago something was: "just now", "4 seconds ago".
func agoText(d time.Duration) string {
	if d < time.Second {
		return "just now"
	}
	return durationText(d.Round(time.Second)) + " ago"
}

// floodFlags appends CodeFlood to out when an IP or author of the
// comment commented again too soon, or too often in the window. For a
// form sent again (resent, see judge) only too often: too soon is the
// same submission counted twice.
func (s *stateSettings) floodFlags(out []Flag, st *State, resent bool) []Flag {
	for i, ss := range st.snap.Senders {
		who := "this author"
		switch {
		case st.query.Senders[i] == st.authorKey:
		case st.senderNet:
			// Its addresses differ: say why they are one sender.
			who = "this IPv6 network (one /56)"
		default:
			who = "this IP address"
		}
		if s.windows.Interval > 0 && !ss.Last.IsZero() && !resent {
			// The two comments are too close in either order: one checked
			// at the same moment, on another goroutine or server, may
			// carry a slightly later time than this one.
			if gap := st.now.Sub(ss.Last).Abs(); gap < s.windows.Interval {
				return append(out, Flag{
					Code:   CodeFlood,
					Score:  floodWeight * s.unit,
					Detail: "A comment came from " + who + " " + agoText(gap) + "; wait at least " + durationText(s.windows.Interval) + " between comments.",
				})
			}
		}
		if s.floodMax > 0 && s.windows.Flood > 0 && ss.Count >= s.floodMax {
			return append(out, Flag{
				Code:   CodeFlood,
				Score:  floodWeight * s.unit,
				Detail: strconv.Itoa(ss.Count+1) + " comments came from " + who + " within " + durationText(s.windows.Flood) + "; the limit is " + strconv.Itoa(s.floodMax) + ".",
			})
		}
	}
	return out
}
