package moderation_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/commentkit/commentkit/internal/storetest"
	"github.com/commentkit/commentkit/moderation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMemStoreModelCodeCap holds the MemStore to the cap on flag codes
// every Store keeps (storetest.ModelCodeCap).
func TestMemStoreModelCodeCap(t *testing.T) {
	storetest.ModelCodeCap(t, func(*testing.T) moderation.Store { return moderation.NewMemStore(moderation.MemStoreOptions{}) })
}

// hugeCodeTable returns a model file of version 2 with two tokens and n
// flag codes, as a site's tool or an attacker may write one.
func hugeCodeTable(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `{"format":"commentkit-model","version":2,"spam":50,"ham":50,"tokens":2,"codes":%d}`+"\n", n)
	b.WriteString(`{"token":"w:cheap","spam":40,"ham":1}` + "\n")
	b.WriteString(`{"token":"w:article","spam":1,"ham":40}` + "\n")
	for i := range n {
		fmt.Fprintf(&b, `{"code":"c%07d","spam":1,"ham":1}`+"\n", i)
	}
	return b.String()
}

// TestImportRefusesAHugeCodeTable: a model file with more flag codes than
// MaxModelCodes is refused whole, with ErrModelTooLarge, so that no Check
// reads more codes than that; one at the cap imports.
func TestImportRefusesAHugeCodeTable(t *testing.T) {
	ctx := context.Background()
	for _, n := range []int{moderation.MaxModelCodes + 1, 200_000} {
		t.Run(fmt.Sprint(n, " codes"), func(t *testing.T) {
			m, err := moderation.New(moderation.Config{})
			require.NoError(t, err)
			err = m.Import(ctx, strings.NewReader(hugeCodeTable(n)))
			require.ErrorIs(t, err, moderation.ErrModelTooLarge)
			var out bytes.Buffer
			require.NoError(t, m.Export(ctx, &out))
			assert.Equal(t, `{"format":"commentkit-model","version":4,"spam":0,"ham":0,"tokens":0,"codes":0}`+"\n"+`{"noflag_learned":{"spam":0,"ham":0},"noflag":{"spam":0,"ham":0}}`+"\n", out.String(), "nothing was imported")
		})
	}
	m, err := moderation.New(moderation.Config{})
	require.NoError(t, err)
	require.NoError(t, m.Import(ctx, strings.NewReader(hugeCodeTable(moderation.MaxModelCodes))))
}
