package extract

import "testing"

// TestStatedLength: a length written right after 长 (全长, 总长, 线长,
// across 达 or 约) that ends its clause states how long a thing is, no
// count; a length before its noun (铺设长4.8公里的水泥路), one after work
// done in its clause (清理河道长1公里，) and one after a word that adds
// to a length (延长300米，) stay counts.
func TestStatedLength(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"这条堤坝长约800米，建于上世纪七十年代。", nil},
		{"這條堤壩長約800米，建於上世紀七十年代。", nil},
		{"新修的环湖步道全长2.6公里。", nil},
		{"新修的環湖步道全長2.6公里。", nil},
		{"该村的河岸线长达3公里、宽40米，常有游人。", nil},
		{"該村的河岸線長達3公里、寬40米，常有遊人。", nil},
		{"巡线员负责的线路总长12公里\n", nil},
		{"志愿者铺设长4.8公里的水泥路。", []string{"4.8公里 4.8 公里 other"}},
		{"志願者鋪設長4.8公里的水泥路。", []string{"4.8公里 4.8 公里 other"}},
		{"党员们清理河道长1公里，捞出垃圾。", []string{"1公里 1 公里 other"}},
		{"今年步道又延长300米，方便晨练。", []string{"300米 300 米 other"}},
		{"今年步道又延長300米，方便晨練。", []string{"300米 300 米 other"}},
	})
}
