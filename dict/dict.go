// Package dict holds the data that steers the pipeline: domain words for the
// segmenter, measure words, activity coding rules, boilerplate patterns and
// stop words. The files are embedded, so a binary needs nothing at run time;
// commands can override each with a file of the user's.
package dict

import "embed"

//go:embed *.txt *.toml
var files embed.FS

// File returns the embedded file name; it panics on a name that is not
// embedded, which is a programming error caught by the tests.
func File(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("dict: " + err.Error())
	}
	return b
}
