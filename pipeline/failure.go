package pipeline

// Failure is a file that failed in some stage of the run, or an input the
// run could not use (a skipped file, an unmatched --meta key).
type Failure struct {
	Source string // path as given
	Stage  string // collect, ingest, segment, extract, meta, …
	Reason string
}
