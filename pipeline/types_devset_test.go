package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/zongjie/zongjie/pipeline/content"
	"github.com/zongjie/zongjie/pipeline/extract"
	"github.com/zongjie/zongjie/pipeline/segment"
)

// devsetDir is the team's annotated dev set: NN-name.txt with NN-name.json,
// whose "types" (the types the document is about) and "main_type" were
// annotated by hand, blind to the rules, under the round 5 guidelines of
// docs/annotation.md.
const devsetDir = "../testdata/extract"

// The dev set is in groups by document number, one per round of writing.
// 01–20 was the first tuning set; 21–30, 31–45, 46–60, 61–76, 77–92,
// 93–108, 109–124, 125–140, 141–156, 157–172, 173–188, 189–204,
// 205–220, 221–236, 237–252, 253–268, 269–284, 285–300, 301–316,
// 317–332, 333–348, 349–364, 365–380, 381–396, 397–412, 413–428,
// 429–444, 445–460, 461–476, 477–492, 493–508, 509–524, 525–540 and 541–556 were
// each annotated blind (by someone who never saw the rules' output) and
// measured blind (the README keeps those figures); all of 01–556 is now
// the development set, and the test prints per-type and per-document
// detail for it. A blind group (blindGroups) is left out
// of every figure, and not even read, unless ZONGJIE_DEVSET_BLIND=1 is
// set, and then only its aggregate line is printed, so that reading the
// output does not tune the rules on it.
const (
	devTo    = 556 // 01–556: the development set
	blindEnv = "ZONGJIE_DEVSET_BLIND"
	// devFloorMacroF1 and devFloorMain are the macro-F1 of types and the
	// main-type accuracy on all of 01–556 below which the test fails: a
	// little below what the default rules reach (a training figure). The
	// macro-F1 floor was 0.91 on 01–92; 93–108, which joined unchanged at
	// its blind figures, brings 01–108 to 0.906. Round 8 fits the lower of
	// precision and recall, not F1, and trades recall it had to spare for
	// precision (P 0.858 R 0.962 → P 0.889 R 0.911 on 01–108): macro-F1
	// 0.897, floor 0.88. 109–124, which joined in round 9 at its blind
	// figures (main type 10/16), brings the main-type accuracy on 01–124
	// from 96/108 (0.889) to 106/124 (0.855); round 9's words raise it to
	// 109/124 (0.879), so its floor is 0.87, not 0.88. 125–140, which
	// joined in round 10 at its blind figures (main type 13/16), left
	// 01–140 at 122/140 (0.871) and macro-F1 0.886; round 10's judges
	// (key, weak) raise them to 124/140 (0.886) and 0.908, and the floors
	// to 0.88 and 0.90. 141–156, which joined in round 11 at its blind
	// figures (main type 11/16), brought 01–156 to 135/156 (0.865);
	// round 11's words (课程, 授课, 教学 weak; 服务学习; 巡河) raise it to
	// 138/156 (0.885), macro-F1 0.901, and the floors stay. 157–172, which
	// joined in round 12 at its blind figures (main type 13/16), brings
	// 01–172 to 151/172 (0.878) and macro-F1 0.893; round 12's words,
	// the skip of 内容包括 dropped and the title's notes (docs/rules.md)
	// raise them to 154/172 (0.895) and 0.902, and the floors stay.
	// 173–188, which joined in round 13 at its blind figures (main type
	// 11/16), brings 01–188 to 165/188 (0.878) and macro-F1 0.897 (P
	// 0.897 R 0.896); round 13's words (支教, 暑托班, 同乐; 禁毒 a
	// publicity word too), the title's topic, volunteers in passing
	// only when listed and the refit (about 0.01; docs/rules.md) raise
	// them to 172/188 (0.915) and 0.902 (P 0.903 R 0.905), and the
	// main-type floor to 0.90. 189–204, which joined in round 14 at its
	// blind figures (main type 13/16), brings 01–204 to 185/204 (0.907)
	// and macro-F1 0.898 (P 0.901 R 0.903); round 14's words (减免, 致赠,
	// 征询, 发放轮椅; 急救 no longer health), the title's volunteers
	// (serving) and the types only the title names raise them to 187/204
	// (0.917) and 0.903 (P 0.904 R 0.913), and the floors stay.
	// 205–220, which joined in round 15 at its blind figures (main type
	// 11/16), brings 01–220 to 197/220 (0.895) and macro-F1 0.897 (P
	// 0.899 R 0.906): both floors 0.89 until rules raise them again.
	// Round 15's words (困难 before a person noun) and vetoes (演练
	// rehearsed on site, 物资 stocked, 文体 a venue; 保洁 weak; 参训,
	// 技能提升; 三会一课) raise macro-F1 to 0.907 (P 0.907 R 0.912) and
	// the main type to 198/220 (0.900): both floors 0.90 again.
	// 221–236, which joined in round 16 at its blind figures (main type
	// 8/16), brings 01–236 to 206/236 (0.873) and macro-F1 0.900 (P
	// 0.902 R 0.907): the main-type floor 0.87 until rules raise it again.
	// Round 16's words (专题讲座, 知识讲座; 认知症, 认知障碍, 失智) raise
	// the main type to 208/236 (0.881) and macro-F1 to 0.901 (P 0.902 R
	// 0.909): the main-type floor 0.88. 237–252, which joined in round
	// 17 at its blind figures (main type 13/16), brings 01–252 to 221/252
	// (0.877) and macro-F1 0.902 (P 0.905 R 0.906): the main-type floor
	// 0.87 until rules raise it again. Round 17's titles (网格 and 安全
	// safety; 议事, 协商, 协调 meeting), people served named after 为 and
	// words (讲授, 小课堂, 班会) raise the main type to 224/252 (0.889) and
	// macro-F1 to 0.910 (P 0.906 R 0.921): the main-type floor 0.88.
	// 253–268, which joined in round 18 at its blind figures (main type
	// 10/16), brings 01–268 to 234/268 (0.873): the main-type floor 0.87
	// until rules raise it again. Round 18's judge of a report titled by
	// its organisation and a period (the lead's decision: the group its
	// name says, else the type with the body's most hits) and 上门为,
	// 上门陪聊 as visit raise the main type to 236/268 (0.881) and
	// macro-F1 to 0.910 (P 0.907 R 0.922): the main-type floor 0.88.
	// Its second pass, the judge object (an activity a title names
	// after people) and 护学岗 as safety, raise the main type to 238/268
	// (0.888) and macro-F1 to 0.911 (P 0.907 R 0.924): the floor stays.
	// 269–284, which joined in round 19 at its blind figures (main type
	// 13/16), brings 01–284 to 251/284 (0.884): the floor stays. Round
	// 19's titles (护河, 四点半, 援助) and words (邻里节, 百家宴, 防性侵;
	// 福袋, 学习用品, 上门助浴 and the other chores at home, 巡守, 防灾,
	// 摊位游戏, 身心障碍; 心理疏导 weak) raise the main type to 257/284
	// (0.905) and macro-F1 to 0.918 (P 0.910 R 0.936): the main-type
	// floor 0.90. 285–300, which joined in round 20 at its blind figures
	// (main type 14/16), brings 01–300 to 271/300 (0.903): the floor stays.
	// Round 20's titles (三下乡 youth; 国家安全, national security, no
	// safety: not_titles) raise the main type to 275/300 (0.917) and
	// macro-F1 to 0.916 (P 0.908 R 0.933): the main-type floor 0.91.
	// 301–316, which joined in round 21 at its blind figures (main type
	// 14/16), brings 01–316 to 289/316 (0.915; macro-F1 0.917, P 0.910
	// R 0.932): the floor stays. Round 21's asides (a training told only
	// in 学员 and 课程 under a title naming children) and people in
	// passing leading no first item raise P to 0.914 (R 0.932, macro-F1
	// 0.919); the main type stays 289/316, and the floor 0.91. 317–332,
	// which joined in round 22 at its blind figures (main type 12/16),
	// brings 01–332 to 301/332 (0.907; macro-F1 0.913, P 0.909 R 0.925):
	// the main-type floor 0.90. Round 22's words (a meal or a gift
	// brought to the door, 到府; 康复 of 戒毒 no health; 优抚对象,
	// 困难退役军人; devices fitted free) and pupils named where an
	// activity went into their school (a rule's places) raise macro-F1
	// to 0.919 (P 0.911 R 0.935); the main type stays 301/332. 333–348,
	// which joined in round 23 at its blind figures (main type 11/16),
	// brings 01–348 to 312/348 (0.897): the main-type floor 0.89. Round
	// 23's words (防火 safety) raise it to 313/348; 349–364, which joined
	// in round 24 at its blind figures (main type 10/16), brings 01–364 to
	// 323/364 (0.887): the main-type floor 0.88. 365–380, which joined in
	// round 25 at its blind figures (main type 10/16), brings 01–380 to
	// 333/380 (0.876): the main-type floor 0.87. Round 25's words raise it
	// to 335/380; 381–396, which joined in round 26 at its blind figures
	// (main type 9/16), brings 01–396 to 344/396 (0.869): the main-type
	// floor 0.86. Round 26's overviews raise it to 348/396; 397–412, which
	// joined in round 27 at its blind figures (main type 10/16), brings
	// 01–412 to 358/412 (0.869): the main-type floor stays 0.86. Round
	// 27's rules (a near group naming a title's type, weak words under a
	// title that names their type, 禁烧, 家居维修) raise it to 366/412
	// (0.888): the main-type floor 0.88. 413–428, which joined in round
	// 28 at its blind figures (main type 13/16), brings 01–428 to
	// 379/428 (0.886): the main-type floor stays 0.88. Round 28's rules
	// (people served given something in their clause, an organisation's
	// kind among a type's title words) raise it to 381/428 (0.890): the
	// main-type floor 0.89. 429–444, which joined in round 29 at its
	// blind figures (main type 10/16), brings 01–444 to 391/444 (0.881):
	// the main-type floor 0.88. Round 29's rules raise it to 393/444;
	// 445–460, which joined in round 30 at its blind figures (main type
	// 11/16), brings 01–460 to 404/460 (0.878): the main-type floor 0.87.
	// Round 30's rules raise it to 408/460; 461–476, which joined in round
	// 31 at its blind figures (main type 10/16), brings 01–476 to 418/476
	// (0.878): the main-type floor stays 0.87. 477–492, which joined in
	// round 32 at its blind figures (main type 12/16), brings 01–492 to
	// 430/492 (0.874): the main-type floor stays 0.87. 493–508, which joined
	// in round 33 at its blind figures (main type 13/16), brings 01–508 to
	// 443/508 (0.872): the main-type floor stays 0.87. 509–524, which joined
	// in round 34 at its blind figures (main type 12/16), brings 01–524 to
	// 460/524 (0.878): the main-type floor stays 0.87. 525–540, which joined
	// in round 35 at its blind figures (main type 11/16), brings 01–540 to
	// 472/540 (0.874): the main-type floor stays 0.87. 541–556, which joined
	// in round 36 at its blind figures (main type 12/16), brings 01–556 to
	// 491/556 (0.883): the main-type floor stays 0.87.
	devFloorMacroF1 = 0.90
	devFloorMain    = 0.87
)

// devGroups are the groups the figures are reported for; detail marks the
// groups whose per-type figures are printed. Every group but the last is
// one round of annotation, by an annotator who had not seen the others'.
// A group with floors keeps the figures it had when measured blind (93–108
// on the merged code of round 7: P 0.719, R 0.928, main type 13/16;
// 109–124 on the merged code of round 8: P 0.821, R 0.865, main type
// 10/16; 125–140 on main e5c5ddb, before and after round 9's work: P
// 0.833, R 0.882, main type 13/16; 141–156 on the merged code of round
// 10: P 0.890, R 0.802, main type 11/16; 157–172 on main 856f892, before
// and after round 11's work: P 0.862, R 0.757, main type 13/16; 173–188
// on the merged code of round 12: P 0.859, R 0.849, main type 11/16;
// 189–204 on the merged code of round 13: P 0.881, R 0.881, main type
// 13/16; 205–220 on main 98150d8 and on the merged code of round 14: P
// 0.785, R 0.805, main type 11/16; 221–236 on main 691804f and on the
// merged code of round 15: P 0.829, R 0.840, main type 8/16; 237–252 on
// main f8a2093 and on the merged code of round 16: P 0.943, R 0.872, main
// type 13/16; 253–268 on main 9570464 and on the merged code of round 17:
// P 0.926, R 0.889, main type 10/16; 269–284 on the merged code of round
// 18: P 0.909, R 0.938, main type 13/16; 285–300 on main b764dd5 and on the
// merged code of round 19: P 0.869, R 0.880, main type 14/16; 301–316 on
// main 7ce81ef and on the merged code of round 20: P 0.940, R 0.919, main
// type 14/16; 317–332 on main a857ac7 and on the merged code of round 21:
// P 0.808, R 0.787, main type 12/16; 333–348 on main fdd2c8e and on the
// merged code of round 22: P 0.847, R 0.813, main type 11/16; 349–364 on
// main 9274de1 and on the merged code of round 23: P 0.779, R 0.859, main
// type 10/16; 365–380 on main a987b11, bb45658 and on the merged code of
// round 24: P 0.829, R 0.863, main type 10/16; 381–396 on main 470446d,
// 4d206df, 9efa630 and on the merged code of round 25: P 0.875, R 0.921,
// main type 9/16), so
// that tuning on it cannot leave it worse than blind. The types floor is
// on the lower of precision and recall, the figure the targets ask to
// reach 0.9 (round 8 trades recall it had to spare for precision).
var devGroups = []typesGroup{
	{name: "01–30", from: 1, to: 30},
	{name: "31–45", from: 31, to: 45},
	{name: "46–60", from: 46, to: 60},
	{name: "61–76", from: 61, to: 76},
	{name: "77–92", from: 77, to: 92},
	{name: "93–108", from: 93, to: 108, floors: &typesFloors{0.718, 0.812}},
	{name: "109–124", from: 109, to: 124, floors: &typesFloors{0.820, 0.625}},
	{name: "125–140", from: 125, to: 140, floors: &typesFloors{0.833, 0.812}},
	{name: "141–156", from: 141, to: 156, floors: &typesFloors{0.802, 0.687}},
	{name: "157–172", from: 157, to: 172, floors: &typesFloors{0.756, 0.812}},
	{name: "173–188", from: 173, to: 188, floors: &typesFloors{0.848, 0.687}},
	{name: "189–204", from: 189, to: 204, floors: &typesFloors{0.880, 0.812}},
	{name: "205–220", from: 205, to: 220, floors: &typesFloors{0.784, 0.687}},
	{name: "221–236", from: 221, to: 236, floors: &typesFloors{0.828, 0.500}},
	{name: "237–252", from: 237, to: 252, floors: &typesFloors{0.871, 0.812}},
	{name: "253–268", from: 253, to: 268, floors: &typesFloors{0.888, 0.625}},
	{name: "269–284", from: 269, to: 284, floors: &typesFloors{0.908, 0.812}},
	{name: "285–300", from: 285, to: 300, floors: &typesFloors{0.868, 0.875}},
	{name: "301–316", from: 301, to: 316, floors: &typesFloors{0.918, 0.875}},
	{name: "317–332", from: 317, to: 332, floors: &typesFloors{0.786, 0.750}},
	{name: "333–348", from: 333, to: 348, floors: &typesFloors{0.812, 0.687}},
	{name: "349–364", from: 349, to: 364, floors: &typesFloors{0.779, 0.625}},
	{name: "365–380", from: 365, to: 380, floors: &typesFloors{0.828, 0.625}},
	{name: "381–396", from: 381, to: 396, floors: &typesFloors{0.874, 0.562}},
	{name: "397–412", from: 397, to: 412, floors: &typesFloors{0.847, 0.625}},
	{name: "413–428", from: 413, to: 428, floors: &typesFloors{0.872, 0.812}},
	{name: "429–444", from: 429, to: 444, floors: &typesFloors{0.785, 0.625}},
	{name: "445–460", from: 445, to: 460, floors: &typesFloors{0.857, 0.687}},
	{name: "461–476", from: 461, to: 476, floors: &typesFloors{0.769, 0.625}},
	{name: "477–492", from: 477, to: 492, floors: &typesFloors{0.783, 0.750}},
	{name: "493–508", from: 493, to: 508, floors: &typesFloors{0.864, 0.812}},
	{name: "509–524", from: 509, to: 524, floors: &typesFloors{0.759, 0.750}},
	{name: "525–540", from: 525, to: 540, floors: &typesFloors{0.823, 0.687}},
	{name: "541–556", from: 541, to: 556, floors: &typesFloors{0.770, 0.750}},
	{name: "all 01–556", from: 1, to: devTo, detail: true},
}

// typesGroup is a group of documents by number, inclusive.
type typesGroup struct {
	name     string
	from, to int
	detail   bool         // per-type figures printed
	floors   *typesFloors // nil: none
}

// typesFloors are the lower of micro precision and recall, and the
// main-type accuracy, below which a group fails the test.
type typesFloors struct{ balanced, main float64 }

// blindGroups are the blind rounds, reported only when blindEnv is "1"
// and their files are there. Their floors are the figures first measured
// on them, set once measured; a regression below them fails the test.
// They are floors, not targets: never tune on a blind set to raise them.
// 109–124 (round 8), measured blind twice (P 0.745 R
// 0.946, main 9/16 before the round's work; P 0.821 R 0.865, main 10/16 on
// its merged code), joined the development set in round 9 with floors at
// the second (devGroups). 125–140 (round 9), measured blind on main
// 7665521 before the round's work and on its merged code, the same both
// times (P 0.833 R 0.882, main type 13/16), joined the development set in
// round 10 with floors at those figures. 141–156 (round 10), measured
// blind on main e5c5ddb before the round's work (P 0.871 R 0.813, main
// 10/16) and on its merged code (P 0.890 R 0.802, main 11/16), joined the
// development set in round 11 with floors at the second. 157–172 (round
// 11), measured blind on main 856f892 before the round's work and on its
// merged code, the same both times (P 0.862 R 0.757, main 13/16), joined
// the development set in round 12 with floors at those figures. 173–188
// (round 12), measured blind on main c68575d before the round's work (P
// 0.857 R 0.837, main 10/16) and on its merged code (P 0.859 R 0.849,
// main 11/16), joined the development set in round 13 with floors at the
// second. 189–204 (round 13), measured blind on main b35bcdb before the
// round's work (P 0.867 R 0.857, main 13/16) and on its merged code (P
// 0.881 R 0.881, main 13/16), joined the development set in round 14 with
// floors at the second. 205–220 (round 14, an eleventh annotator; a
// second annotator agreed on 16/16 main types, types P 0.974 R 0.961),
// measured blind on main 98150d8 before the round's work and on its
// merged code, the same both times (P 0.785 R 0.805, main 11/16): floors
// at those figures; it joined the development set in round 15 with them.
// 221–236 (round 15, a twelfth annotator; a second annotator agreed on
// 13/16 main types, types P 0.973 R 0.960), measured blind on main 691804f
// before the round's work and on its merged code, the same both times (P
// 0.829 R 0.840, main 8/16): floors at those figures; it joined the
// development set in round 16 with them. 237–252 (round 16, a thirteenth
// annotator; a second annotator agreed on 16/16 main types, types P 0.989
// R 1.000), measured blind on main f8a2093 before the round's work and on
// its merged code, the same both times (P 0.943 R 0.872, main 13/16):
// floors at those figures; it joined the development set in round 17 with
// them. 253–268 (round 17, a fourteenth annotator; a second annotator
// agreed on 15/16 main types, types P 0.990 R 0.970), measured blind on
// main 9570464 before the round's work and on its merged code, the same
// both times (P 0.926 R 0.889, main 10/16): floors at those figures; it
// joined the development set in round 18 with them. 269–284 (round 18, a
// fifteenth annotator; a second annotator agreed on 14/16 main types, types
// P 0.978 R 0.927), measured blind on main 3ed8705 before the round's work
// (P 0.909 R 0.938, main 12/16) and on its merged code (P 0.909 R 0.938,
// main 13/16): floors at the second; it joined the development set in round
// 19 with them. 285–300 (round 19, a sixteenth annotator; a second
// annotator agreed on 16/16 main types, types P 0.976 R 0.988), measured
// blind on main b764dd5 before the round's work and on its merged code, the
// same both times (P 0.869 R 0.880, main 14/16): floors at those figures;
// it joined the development set in round 20 with them. 301–316 (round 20,
// a seventeenth annotator; a second annotator agreed on 16/16 main types,
// types P 0.976 R 0.965), measured blind on main 7ce81ef before the round's
// work and on its merged code, the same both times (P 0.940 R 0.919, main
// 14/16): floors at those figures; it joined the development set in round
// 21 with them. 317–332 (round 21, an eighteenth annotator; a second
// annotator agreed on 16/16 main types, types P 0.962 R 0.938), measured
// blind on main a857ac7 before the round's work and on its merged code, the
// same both times (P 0.808 R 0.787, main 12/16): floors at those figures;
// it joined the development set in round 22 with them. 333–348 (round 22,
// a nineteenth annotator; a second annotator agreed on 14/16 main types,
// types P 1.000 R 0.987), measured blind on main fdd2c8e before the round's
// work and on its merged code, the same both times (P 0.847 R 0.813, main
// 11/16): floors at those figures; it joined the development set in round
// 23 with them. 349–364 (round 23, a twentieth annotator; a second
// annotator agreed on 12/16 main types, types P 0.963 R 1.000), measured
// blind on main 9274de1 before the round's work and on its merged code, the
// same both times (P 0.779 R 0.859, main 10/16): floors at those figures;
// it joined the development set in round 24 with them. 365–380 (round 24,
// a twenty-first annotator; a second annotator agreed on 16/16 main types,
// types P 0.859 R 1.000), measured blind on main a987b11 and bb45658 before
// the round's work and on its merged code, the same every time (P 0.829 R
// 0.863, main 10/16): floors at those figures (precision 63/76 = 0.8289,
// so its floor is 0.828); it joined the development set in round 25 with
// them. 381–396 (round 25, a twenty-second annotator; a second annotator
// agreed on 13/16 main types, types P 0.926 R 0.987) was measured blind on
// main 470446d, 4d206df and 9efa630 before the round's work and on its
// merged code, the same every time (P 0.875 R 0.921, main 9/16): floors at
// those figures (precision 70/80 = 0.875 and main 9/16 = 0.5625, so the
// floors are 0.874 and 0.562); it joined the development set in round 26
// with them. 397–412 (round 26, a twenty-third annotator; a second
// annotator agreed on 15/16 main types, types P 0.989 R 0.989) was
// measured blind on main 9efa630, 534b8b0, ca11cb8 and 1469b21 before the
// round's work and on its merged code, the same every time (P 0.897 R
// 0.848, main 10/16): floors at those figures (recall 78/92 = 0.8478, so
// the floor is 0.847; main 10/16 = 0.625); it joined the development set
// in round 27 with them. 413–428 (round 27, a twenty-fourth annotator; a
// second annotator agreed on 16/16 main types, types P 0.949 R 0.989) was
// measured blind on main 1469b21, 4eb1aeb and 0f31613 before the round's
// work and on its merged code, the same every time (P 0.901 R 0.872, main
// 13/16): floors at those figures (recall 82/94 = 0.8723, so the floor is
// 0.872; main 13/16 = 0.8125, so 0.812); it joined the development set
// in round 28 with them. 429–444 (round 28, a twenty-fifth annotator; a
// second annotator agreed on 14/16 main types, types P 0.919 R 0.971) was
// measured blind on main 0f31613 and 0f21d5e before the round's work and
// on its merged code, the same every time (P 0.846 R 0.786, main 10/16):
// floors at those figures (recall 55/70 = 0.7857, so the floor is 0.785;
// main 10/16 = 0.625); it joined the development set in round 29 with
// them. 445–460 (round 29, a twenty-sixth annotator; a second annotator
// agreed on 16/16 main types, types P 0.863 R 0.986) was measured blind
// on main 2f98eff, on round 28's merged code and on cfe0f56 before the
// round's work (P 0.881 R 0.843, main 11/16) and on its merged code
// (P 0.882 R 0.857, main 11/16):
// floors at the merged code's figures (recall 60/70 = 0.8571, so the
// floor is 0.857; main 11/16 = 0.6875, so 0.687); it joined the
// development set in round 30 with them. 461–476 (round 30, a twenty-
// seventh annotator; a second annotator agreed on 13/16 main types, types
// P 0.932 R 0.986) was measured blind on main 820d817 before the round's
// work and on its merged code, the same both times (P 0.769 R 0.870, main
// 10/16): floors at those figures (precision 60/78 = 0.7692, so the floor
// is 0.769; main 10/16 = 0.625); it joined the development set in
// round 31 with them. 477–492 (round 31, a twenty-eighth annotator; a
// second annotator agreed on 14/16 main types, types P 0.924 R 1.000) was
// measured blind on main ef580a9 before the round's work and on its merged
// code, the same both times (P 0.783 R 0.890, main 12/16): floors at those
// figures (precision 65/83 = 0.7831, so the floor is 0.783; main 12/16 =
// 0.750); it joined the development set in round 32 with them. 493–508
// (round 32, a twenty-ninth annotator; a second annotator agreed on 15/16
// main types, types P 0.987 R 0.962) was measured blind on main bbd65cc
// before the round's work and on its merged code, the same both times
// (P 0.864 R 0.886, main 13/16): floors at those figures (precision 70/81 =
// 0.8642, so the floor is 0.864; main 13/16 = 0.8125, so 0.812); it joined
// the development set in round 33 with them. 509–524 (round 33, a thirtieth
// annotator; a second annotator agreed on 14/16 main types, types P 0.932
// R 0.986) was measured blind on main c1b9beb before the round's work and on
// its merged code, the same both times (P 0.759 R 0.900, main 12/16): floors
// at those figures (precision 63/83 = 0.7590, so the floor is 0.759; main
// 12/16 = 0.750); it joined the development set in round 34 with them.
// 525–540 (round 34, a thirty-first annotator; a second annotator agreed on
// 15/16 main types, types P 0.866 R 0.935) was measured blind on main
// 2284e8b before the round's work (P 0.781 R 0.919, main 12/16) and on its
// merged code (P 0.824 R 0.903, main 11/16): floors at the merged code's
// figures (precision 56/68 = 0.8235, so the floor is 0.823; main 11/16 =
// 0.6875, so 0.687); it joined the development set in round 35 with them.
// 541–556 (round 35, a thirty-second annotator; a second annotator agreed
// on 16/16 main types, types P 0.962 R 1.000) was measured blind on main
// a9e6d55 before the round's work (P 0.734 R 0.922, main 12/16) and on its
// merged code (P 0.770 R 0.922, main 12/16): floors at the merged code's
// figures (precision 47/61 = 0.7705, so the floor is 0.770; main 12/16 =
// 0.750); it joined the development set in round 36 with them.
// 557–572 (round 36, a thirty-third annotator; a second annotator agreed
// on 16/16 main types, types P 0.900 R 0.982) was measured blind on main
// 1890775 before the round's work and on its merged code, the same both
// times (P 0.746 R 0.855, main 13/16): floors at those figures (precision
// 47/63 = 0.7460, so the floor is 0.746; main 13/16 = 0.8125, so 0.812).
var blindGroups = []typesGroup{
	{name: "557–572", from: 557, to: 572, floors: &typesFloors{0.746, 0.812}},
}

// blindOn tells whether the blind group is measured.
func blindOn() bool { return os.Getenv(blindEnv) == "1" }

// TestTypesDevSet measures the types a record says a document is about
// (Record.Types) and its main type against the hand annotation:
// precision, recall and F1 per type, macro-F1 and main-type accuracy, for
// each group of devGroups. It logs the figures (go test ./pipeline -run
// TypesDevSet -v), per-type figures and per-document misses for 01–556, and
// one aggregate line for the blind group when ZONGJIE_DEVSET_BLIND=1. It
// fails when the dev set is malformed, when macro-F1 or main-type accuracy
// on 01–556 falls below its floor, or a blind figure below its floor.
func TestTypesDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary")
	}
	docs := loadDevSet(t, blindOn())
	if len(docs) == 0 {
		t.Skip("no annotated documents in " + devsetDir)
	}
	opt := devSetOptions(t)
	ids := typeIDs(opt.Extractor.Rules)
	groups := make([][]devDoc, len(devGroups))
	blinds := make([][]devDoc, len(blindGroups))
	for _, d := range docs {
		rec := processDevDoc(t, d.path, opt)
		d.setGot(rec.Types, rec.Mentioned, rec.MainType)
		if g := blindIndex(d.number); g >= 0 {
			blinds[g] = append(blinds[g], d) // never detailed
			continue
		}
		for g, group := range devGroups {
			if d.number >= group.from && d.number <= group.to {
				groups[g] = append(groups[g], d)
			}
		}
		if testing.Verbose() {
			var miss, extra []string
			for _, id := range ids {
				switch {
				case d.want[id] && !d.got[id]:
					miss = append(miss, id)
				case !d.want[id] && d.got[id]:
					extra = append(extra, id)
				}
			}
			if len(miss)+len(extra) > 0 || d.gotMain != d.wantMain {
				t.Logf("%s: missed %v, extra %v, main %s (annotated %s)", filepath.Base(d.path), miss, extra, d.gotMain, d.wantMain)
			}
		}
	}
	for g, group := range devGroups {
		switch {
		case len(groups[g]) == 0:
		case group.detail:
			t.Logf("%s (%d documents):\n%s\n%s", group.name, len(groups[g]), agreement(ids, groups[g]), aggregate(ids, groups[g]))
		default:
			t.Logf("%s (%d documents): %s", group.name, len(groups[g]), aggregate(ids, groups[g]))
		}
		checkTypesFloors(t, ids, group, groups[g])
	}
	for g, group := range blindGroups {
		if blindOn() && len(blinds[g]) > 0 {
			t.Logf("%s (%d documents): %s", group.name, len(blinds[g]), aggregate(ids, blinds[g]))
			checkTypesFloors(t, ids, group, blinds[g])
		}
	}
	dev := groups[len(devGroups)-1]
	if len(dev) > 0 {
		if _, macro := macroF1(ids, dev); macro < devFloorMacroF1 {
			t.Errorf("macro-F1 on 01–556 is %.3f, below the floor %.3f", macro, devFloorMacroF1)
		}
		if main := mainAccuracy(dev); main < devFloorMain {
			t.Errorf("main-type accuracy on 01–556 is %.3f, below the floor %.3f", main, devFloorMain)
		}
	}
}

// checkTypesFloors fails the test when the documents of a group with
// floors fall below any of them.
func checkTypesFloors(t *testing.T, ids []string, group typesGroup, docs []devDoc) {
	t.Helper()
	if group.floors == nil || len(docs) == 0 {
		return
	}
	f := group.floors
	p, r, _ := microPRF(ids, docs)
	if main := mainAccuracy(docs); min(p, r) < f.balanced || main < f.main {
		t.Errorf("%s: precision %.3f, recall %.3f, main type %.3f; floors: the lower of precision and recall %.3f, main type %.3f",
			group.name, p, r, main, f.balanced, f.main)
	}
}

// blindIndex is the index in blindGroups of the group holding document
// number n, or -1.
func blindIndex(n int) int {
	for g, group := range blindGroups {
		if n >= group.from && n <= group.to {
			return g
		}
	}
	return -1
}

// devSetOptions are the options the dev set is processed with: the
// default segmenter and extractor.
func devSetOptions(t *testing.T) Options {
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Options{Segmenter: seg, Extractor: extract.New()}
}

// processDevDoc processes one document of the dev set.
func processDevDoc(t *testing.T, path string, opt Options) *extract.Record {
	rec, fail := Process(path, opt)
	if fail != nil {
		t.Fatalf("%s: %s: %s", fail.Source, fail.Stage, fail.Reason)
	}
	return rec
}

// typeIDs are the type ids of rules, in rule order.
func typeIDs(rules *content.Rules) []string {
	ids := []string{}
	for _, r := range rules.Types {
		ids = append(ids, r.ID)
	}
	return ids
}

// setGot records what the rules gave the document.
func (d *devDoc) setGot(about, mentioned []extract.TypeHit, main string) {
	d.got = map[string]bool{}
	for _, h := range about {
		d.got[h.ID] = true
	}
	d.gotMain = main
	d.gotMentioned = nil
	for _, h := range mentioned {
		d.gotMentioned = append(d.gotMentioned, h.ID)
	}
}

type devDoc struct {
	path              string
	number            int
	want, got         map[string]bool
	wantMain, gotMain string // "" for none
	wantMentioned     map[string]bool
	gotMentioned      []string
}

// loadDevSet reads the annotated documents 01–556 and, when blind is set,
// the blind groups (none when their files are absent); other files are not
// opened.
func loadDevSet(t *testing.T, blind bool) []devDoc {
	paths, _ := filepath.Glob(filepath.Join(devsetDir, "*.json"))
	sort.Strings(paths)
	var docs []devDoc
	for _, p := range paths {
		number, _ := strconv.Atoi(strings.SplitN(filepath.Base(p), "-", 2)[0])
		inDev := number >= 1 && number <= devTo
		inBlind := blind && blindIndex(number) >= 0
		if !inDev && !inBlind {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var ann struct {
			Types     []json.RawMessage `json:"types"`
			Mentioned []string          `json:"mentioned"`
			MainType  json.RawMessage   `json:"main_type"`
		}
		if err := json.Unmarshal(b, &ann); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		d := devDoc{path: strings.TrimSuffix(p, ".json") + ".txt", want: map[string]bool{}}
		if _, err := os.Stat(d.path); err != nil {
			t.Fatalf("%s: no text beside it: %v", p, err)
		}
		d.number = number
		d.wantMentioned = map[string]bool{}
		for _, id := range ann.Mentioned {
			d.wantMentioned[id] = true
		}
		if len(ann.MainType) == 0 {
			t.Fatalf("%s: no main_type (null when no type applies)", p)
		}
		var main *string
		if err := json.Unmarshal(ann.MainType, &main); err != nil {
			t.Fatalf("%s: main_type: %v", p, err)
		}
		if main != nil {
			d.wantMain = *main
		}
		for _, raw := range ann.Types {
			var id string
			if json.Unmarshal(raw, &id) != nil {
				var obj struct{ ID string }
				if err := json.Unmarshal(raw, &obj); err != nil || obj.ID == "" {
					t.Fatalf("%s: type %s is neither an id nor {\"id\": …}", p, raw)
				}
				id = obj.ID
			}
			d.want[id] = true
		}
		docs = append(docs, d)
	}
	return docs
}

// counts is the confusion count of one type over docs.
func counts(id string, docs []devDoc) (tp, fp, fn int) {
	for _, d := range docs {
		switch {
		case d.want[id] && d.got[id]:
			tp++
		case d.got[id]:
			fp++
		case d.want[id]:
			fn++
		}
	}
	return
}

// agreement formats precision, recall and F1 per type, and macro-F1 over
// the types that occur in the annotation or the coding.
func agreement(ids []string, docs []devDoc) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %-15s %4s %4s %4s %6s %6s %6s\n", "type", "tp", "fp", "fn", "P", "R", "F1")
	for _, id := range ids {
		tp, fp, fn := counts(id, docs)
		if tp+fp+fn == 0 {
			fmt.Fprintf(&b, "  %-15s %4d %4d %4d %6s %6s %6s\n", id, 0, 0, 0, "-", "-", "-")
			continue
		}
		p, r, f := prf(tp, fp, fn)
		fmt.Fprintf(&b, "  %-15s %4d %4d %4d %6.3f %6.3f %6.3f\n", id, tp, fp, fn, p, r, f)
	}
	n, macro := macroF1(ids, docs)
	fmt.Fprintf(&b, "  macro-F1 %.3f over %d types", macro, n)
	return b.String()
}

// aggregate is one line: micro precision, recall and F1 over every
// (document, type) decision, macro-F1 over the types that occur, and the
// share of documents whose main type is the annotated one.
func aggregate(ids []string, docs []devDoc) string {
	tp, fp, fn := microCounts(ids, docs)
	p, r, f := prf(tp, fp, fn)
	n, macro := macroF1(ids, docs)
	right := 0
	for _, d := range docs {
		if d.gotMain == d.wantMain {
			right++
		}
	}
	return fmt.Sprintf("micro P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d); macro-F1 %.3f over %d types; main type %d/%d = %.3f; %s",
		p, r, f, tp, fp, fn, macro, n, right, len(docs), mainAccuracy(docs), mentions(docs))
}

// mentions tells how the types the record only mentions were annotated:
// the split into about and mentioned is right for those annotated as
// mentioned (or not at all), wrong for those annotated as about.
func mentions(docs []devDoc) string {
	about, mentioned, neither := 0, 0, 0
	for _, d := range docs {
		for _, id := range d.gotMentioned {
			switch {
			case d.want[id]:
				about++
			case d.wantMentioned[id]:
				mentioned++
			default:
				neither++
			}
		}
	}
	return fmt.Sprintf("mentioned %d (annotated about %d, mentioned %d, neither %d)", about+mentioned+neither, about, mentioned, neither)
}

// microCounts sums the confusion counts of every type over docs.
func microCounts(ids []string, docs []devDoc) (tp, fp, fn int) {
	for _, id := range ids {
		a, b, c := counts(id, docs)
		tp, fp, fn = tp+a, fp+b, fn+c
	}
	return
}

// microPRF is micro precision, recall and F1 over docs.
func microPRF(ids []string, docs []devDoc) (p, r, f float64) {
	return prf(microCounts(ids, docs))
}

// mainAccuracy is the share of docs whose main type is the annotated one
// (both "" counts as right).
func mainAccuracy(docs []devDoc) float64 {
	right := 0
	for _, d := range docs {
		if d.gotMain == d.wantMain {
			right++
		}
	}
	return float64(right) / float64(max(len(docs), 1))
}

func prf(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// macroF1 is the number of types that occur in the annotation or the
// coding of docs, and the mean of their F1.
func macroF1(ids []string, docs []devDoc) (int, float64) {
	sum, n := 0.0, 0
	for _, id := range ids {
		if tp, fp, fn := counts(id, docs); tp+fp+fn > 0 {
			_, _, f := prf(tp, fp, fn)
			sum += f
			n++
		}
	}
	return n, sum / float64(max(n, 1))
}
