package moderation

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkHomeLinkComment measures Check on comments that link a home
// page, which the home-page check reads the words around: a reader's
// purchase (no home_link), praise above a home page (home_link), and a
// hostile comment of home pages in one sentence, each after a purchase
// and a name in capitals, at 8 KB and 64 KB: the time per byte must stay
// level (linear).
func BenchmarkHomeLinkComment(b *testing.B) {
	m, err := New(Config{MaxBytes: 1 << 20, MaxLength: -1})
	if err != nil {
		b.Fatal(err)
	}
	hostile := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString("Got Acme Widgets from https://www.acme-widgets.example/ and ")
		}
		return b.String()
	}
	for _, in := range []struct{ name, body string }{
		{"reader", "Got my wedding shoes from https://www.example-shoes.co.uk/ in the end, comfy enough to dance in. " + plainText(900)},
		{"praise", "Great post, very helpful, thanks for sharing! https://www.example-furniture-outlet.com " + plainText(900)},
		{"hostile-8KB", hostile(8 << 10)},
		{"hostile-64KB", hostile(64 << 10)},
		// Every link labelled official with a visit's word after it: the
		// words around each are read in bounded windows (officialVisit).
		{"official-8KB", repeatTo("Site officiel : https://www.musee-exemple.fr – fermé le lundi, ", 8<<10)},
		{"official-64KB", repeatTo("Site officiel : https://www.musee-exemple.fr – fermé le lundi, ", 64<<10)},
	} {
		c := Comment{Body: in.body}
		if _, err := m.Check(context.Background(), c); err != nil {
			b.Fatalf("%s: %v", in.name, err)
		}
		b.Run(in.name, func(b *testing.B) { benchCheck(b, m, c) })
	}
}
