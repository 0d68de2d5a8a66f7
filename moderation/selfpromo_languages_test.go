package moderation

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPromoPhrasesInOtherLanguages: one's own channel, "subscribe" and
// "follow me on" in the languages of promo-phrases.txt's last block hold
// as their English forms do, while a look-alike that asks nothing (the
// first person "I subscribed", "sigue" as "goes on", "me sigan" as "they
// go on telling me") passes.
func TestPromoPhrasesInOtherLanguages(t *testing.T) {
	m, err := New(Config{})
	require.NoError(t, err)
	for i, tc := range []struct {
		body string
		held bool
	}{
		{"Kanalıma abone olun lütfen, her hafta yeni cover", true},
		{"Iscrivetevi al mio canale, faccio cover ogni settimana", true},
		{"Abonniert meinen Kanal, ich lade jede Woche hoch!", true},
		{"mampir ke channel aku dong, baru mulai nih", true},
		{"اشتركوا في قناتي من فضلكم", true},
		{"Подпишитесь на мой канал, пожалуйста", true},
		{"Suscríbanse, subo covers todas las semanas", true},
		{"Me sigan en instagram por favor", true},
		{"Sígueme en twitter, sigo de vuelta", true},
		{"Abonnez-vous, je poste une reprise chaque semaine", true},
		{"Me sigam no insta, sigo de volta", true},
		{"Inscrevam-se no meu canal, estou começando agora", true},
		{"Volgt mijn kanaal, elke week een nieuwe video", true},

		{"Me suscribí al periódico por este artículo, vale la pena.", false},
		{"El cantante sigue siendo el mejor de su generación.", false},
		{"Ojalá que me sigan contando historias así.", false},
		{"Ich habe die Zeitung wegen dieser Serie abonniert.", false},
		{"Inscreva-se na biblioteca municipal, o cartão vale muito.", false},
		{"Iscrivetevi alla maratona di primavera, è per beneficenza.", false},
		{"Bu kanal çok güzel, herkes izlemeli.", false},
		{"Il canale della RAI ha trasmesso la partita ieri sera.", false},
		{"Я подписался на эту газету из-за этой статьи.", false},
	} {
		res, err := m.Check(context.Background(), Comment{Body: tc.body, Author: fmt.Sprintf("viewer %d", i)})
		require.NoError(t, err)
		assert.Equal(t, tc.held, raised(res, CodePromoPhrase), "%s: %v", tc.body, res.Flags)
		assert.Equal(t, tc.held, res.Action != Approve, "%s: %v", tc.body, res.Flags)
	}
}
