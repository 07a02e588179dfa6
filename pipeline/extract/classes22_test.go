package extract

import "testing"

// TestKilometresAfterArabicDigits: 千 right after a number in Arabic digits
// and before 米 is the first rune of the unit 千米 (kilometres), not a
// thousand: 7.1千米 is 7.1 千米. After a Chinese numeral (两千米) it stays a
// thousand metres; 5千克 is read as before.
func TestKilometresAfterArabicDigits(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"今年新修村道4.5千米，清理沟渠12千米。", []string{"4.5千米 4.5 千米 other", "12千米 12 千米 other [清理沟渠]"}},
		{"今年新修村道4.5千米，清理溝渠12千米。", []string{"4.5千米 4.5 千米 other", "12千米 12 千米 other [清理溝渠]"}},
		{"清理河道两千米，", []string{"两千米 2000 米 other [清理河道]"}},
		{"清理河道兩千米，", []string{"兩千米 2000 米 other [清理河道]"}},
		{"发放大米5千克。", []string{"5千克 5 千克 goods [大米]"}},
	})
}
