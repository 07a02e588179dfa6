package main

import (
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zongjie/zongjie/pipeline/export"
)

// langFlag is --lang, the language of the names in workbooks and tables.
type langFlag struct {
	lang string
}

func (l *langFlag) bind(cmd *cobra.Command) {
	cmd.Flags().StringVar(&l.lang, "lang", "", "language of sheet names, headers and labels: zh or en (default: zh when the locale, LC_ALL, LC_MESSAGES or LANG, starts with zh; else en)")
}

// resolve gives the language and how it was chosen, for the About sheet.
func (l *langFlag) resolve() (lang, from string, err error) {
	if l.lang != "" {
		if !slices.Contains(export.Languages, l.lang) {
			return "", "", usagef("--lang must be zh or en, not %q", l.lang)
		}
		return l.lang, "--lang", nil
	}
	lang, from = localeLang(os.Getenv)
	return lang, from, nil
}

// localeLang is zh when the first locale variable set (LC_ALL, then
// LC_MESSAGES, then LANG, as C's setlocale reads them for messages) starts
// with zh; else en.
func localeLang(getenv func(string) string) (lang, from string) {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(v, "zh") {
				return "zh", name + "=" + v
			}
			return "en", name + "=" + v
		}
	}
	return "en", "no locale set"
}

// describe adds the language to a run's description. The About sheet records
// a language other than English; an English workbook is the same as before
// --lang existed.
func (l *langFlag) describe(about export.About) (export.About, error) {
	lang, from, err := l.resolve()
	if err != nil {
		return about, err
	}
	about.Lang = lang
	if lang != "en" {
		about.Params = append(about.Params, [2]string{"language", lang + " (" + from + ")"})
	}
	return about, nil
}
