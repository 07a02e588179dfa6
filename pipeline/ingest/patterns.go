package ingest

// DefaultPatterns returns the boilerplate patterns of dict/boilerplate.txt
// (or of the user's replacement, zongjie --dict), or why they do not parse.
func DefaultPatterns() ([]Pattern, error) { return defaultPatterns() }
