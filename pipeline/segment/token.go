package segment

// Token is one word of a Document's Text.
type Token struct {
	Text   string // as written (original script)
	Folded string // simplified form, same rune length as Text
	POS    string // gse part-of-speech tag, "x" for punctuation and unknowns
	Offset int    // rune offset into Document.Text
	// Rarity is the word's information content in gse's dictionary,
	// log2(total frequency / word frequency): an IDF stand-in that needs no
	// corpus, used to weigh keywords of a single document.
	Rarity float64
}
