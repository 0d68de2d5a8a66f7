package linkify_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/commentkit/commentkit/linkify"
)

// TestConcurrentUse shares one Linkifier, and the package functions with
// their lazily built lists and domain cache, between goroutines; run with
// -race it shows they are safe for concurrent use, and every goroutine gets
// the answer a lone call gets.
func TestConcurrentUse(t *testing.T) {
	l := &linkify.Linkifier{Target: "_blank", MaxDisplay: 30}
	var texts []string
	for i := range 64 {
		texts = append(texts, fmt.Sprintf("see www.site%d.example.co.uk/p and mail me@mail.host%d.example.org. %s", i, i%7, prose(1<<10, i%9)))
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = l.HTML(s)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range texts {
				j := (i + g*7) % len(texts)
				assert.Equal(t, want[j], l.HTML(texts[j]))
				assert.NotEmpty(t, linkify.Find(texts[j]))
			}
		})
	}
	wg.Wait()
}
