package extract

import "testing"

// TestBranchNumbers: a Chinese numeral and 站 or 所 right after a word that
// ends an organisation's name (特勤, 大队, 中心) number one of its branches,
// a name, not stations or offices counted (round 33, written after reading
// every read set's misses); Arabic digits, a count after a verb and a
// school counted stay counts.
func TestBranchNumbers(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"消防支队特勤一站的队员来到社区演示灭火。", nil},
		{"消防支隊特勤一站的隊員來到社區演示滅火。", nil},
		{"消防大队二站为居民讲解逃生常识。", nil},
		{"社区联合水务管理中心一所、物业公司开展清淤。", nil},
		{"街道新建社区日间照料中心两所。", []string{"两所 2 所 groups [照料中心]"}},
		{"全镇建成日间照料中心3所。", []string{"3所 3 所 groups [照料中心]"}},
		{"志愿者走访了辖区两所小学。", []string{"两所 2 所 groups [小学]"}},
	})
}

// TestAbstractObjects: a count of reasons, mechanisms, measures or roles
// ([abstract_objects]) counts nothing (round 33, written after reading every
// read set's misses); findings, listed tasks and wishes claimed still count.
func TestAbstractObjects(t *testing.T) {
	checkQuantityCases(t, []quantityCase{
		{"老人住进养老院大致有三种原因。", nil},
		{"老人住進養老院大致有三種原因。", nil},
		{"街道建立了五项服务机制。", nil},
		{"全力办好两件大事。", nil},
		{"社区推出五大举措，发挥两个作用。", nil},
		{"检查中指出3个问题。", []string{"3个 3 个 other [问题]"}},
		{"党员认领了30个微心愿。", []string{"30个 30 个 other [微心愿]"}},
	})
}
