import { describe, expect, it } from 'vitest'
import { ATTRIBUTES, fixtures, hasPdNer, LISTS, pdPersonScore, prf, scoreSet, type Attribute, type Fixture, type ListName } from './eval/score.js'
import { analyzer } from './helpers.js'

/**
 * Floors against hand-made gold: the five sample pages (shared/gold), the development pages (real pages
 * the library was not written from, annotated by hand before the library was run on them: test/fixtures/dev-pages),
 * their held-out part (never read for errors, only totals), and the English pages (test/fixtures/en). Each floor
 * sits at the measured value rounded down to 0.005: raise it when the library beats it; lower it only where new
 * pages brought the drop, and say so here.
 *
 * `topics`: share of the top three tags that are gold tags, with every page given its first gold tag; `top3`: that
 * share alone; `topicSet`: F1 of the assigned tags against the gold tags, micro over pages.
 */
type Floors = { lists: Record<ListName, number>; attrs: Partial<Record<Attribute, number>>; topics?: number; top3?: number; topicSet?: number }
// Floor history (before → after, each round measured with its new pages before any fix):
// - Pages 173–220: dev figures 0.97 → 0.955, place.parent 1 → 0.995; held-out places 0.93 → 0.92, committees
//   0.89 → 0.81, figures 0.94 → 0.915, person.org 0.82 → 0.80.
// - Topics re-annotated (all tags that apply) with the tagger that reads lists, nested terms and threshold 4.
// - Pages 221–285 (nine rounds: bodies national, county, city/provincial; persons twice; phrasing; townships)
//   brought, before their fixes: dev committees 0.953 → 0.941, persons 0.971 → 0.967, org 0.942 → 0.926, topic
//   top-3 0.864 → 0.823, set F1 0.814 → 0.794; held-out committees 0.816 → 0.787, figures 0.955 → 0.945, roles
//   0.92 → 0.895, org 0.804 → 0.796. After the fixes: dev committees 0.946, persons 0.968, org 0.945, top-3 0.819,
//   set F1 0.787; held-out committees 0.815, figures 0.937, roles 0.907, org 0.836 (floors at those values).
// - English pages 262–293: dev committees 0.951 → 0.927 and org 0.963 → 0.832 before the fixes (0.942 and 0.941
//   after); held-out persons 1 → 0.986 (pages 292–293, names in lists with no cue).
// - Held-out pages 340–351 (12 Chinese pages, all levels; totals only, no fixes): held-out committees 0.815 → 0.813,
//   persons 0.966 → 0.952, figures 0.937 → 0.922, place.parent 0.989 → 0.983, place.code 1 → 0.991, roles 0.907 →
//   0.899, cppccMember 0.951 → 0.950, topic set F1 0.703 → 0.687 (floors lowered to those values).
// - English held-out pages 310–317 (eight new held-out pages, no fixes): committees 0.886 → 0.880 (a hair under,
//   floor 0.875), figures 0.885 → 0.821, org 0.806 → 0.775, cppccMember 0.889 → 0.875, topic top-3 0.826 → 0.744,
//   set F1 0.792 → 0.716.
// - Pages 310–317 (places and figures round: county tourism, culture and proposal pages) with the places and figures
//   fixes: dev places 0.982 (floor raised), held-out places 0.9395 (floor kept); the new pages' bodies, persons and topics
//   (not worked on in that round) bring dev committees 0.949 → 0.941, top-3 0.819 → 0.813, held-out persons
//   0.966 → 0.961; dev committee.region 0.991 → 0.989 where 萧山商会 (174) now has region 萧山区 (gold: null).
// - Pages 320–327 (org round: county news, 统战 座谈, 商会 lists, 界别, townships) brought dev places 0.975 → 0.970
//   (townships written short in a list, 门头沟 short), figures 0.982 → 0.979 (三个, 70 周年 with a space),
//   committee.region 0.991 → 0.989 (a village's branch); they stay for the places and figures helpers. After the
//   org fixes: dev roles 0.982, org 0.954, cppccMember 0.994; held-out roles 0.917, org 0.850, cppccMember 0.958.
// - Pages 300–307 (chambers, hospitals, exchange visits; issue #14) with main's code: dev committee.region 0.991 →
//   0.990, top-3 0.819 → 0.813, set F1 0.787 → 0.783; held-out persons 0.966 → 0.962, roles 0.907 → 0.904, org
//   0.836 → 0.830, cppccMember 0.951 → 0.948, top-3 0.803 → 0.788. The bodies work of issue #14 then raised
//   committees (dev 0.937 → 0.949, held-out 0.817 → 0.829) and matched more bodies, some with another region than
//   the gold's (dev committee.region 0.988, held-out 0.994: firms and zone committees the text places loosely).
// - names-e (one reading per name, where names end, 曾/d as a surname, sites named after persons, spaced lists):
//   dev persons 0.969 → 0.975 and person.org 0.945 → 0.956 (floors raised); roles 0.977 → 0.975 (8 more matched).
// - Bodies round e (issue #14): dev committees 0.941 → 0.954 (gold 281/322: 总商会 is 工商联's second name, listed
//   once; 146: 安徽省政府参事室), floor 0.95; held-out committees unchanged (0.831).
// - After all merges of that session (pages 300–351, en 300–323; held-out page 260 dropped as a copy of 239; held-out
//   345's page counter and second name of 全国工商联 by the dev convention): every floor at its measured value
//   rounded down to 0.005. Held-out: places 0.942, committees 0.835, persons 0.950, figures 0.932, roles 0.905, org
//   0.862, cppccMember 0.954; en held-out: committees 0.859, figures 0.838, roles 0.780, org 0.763.
// - Pages 368–375 (phrasing round r3, issue #15: 青海, 河南, 内蒙古, 黑河, 新疆 short names; 374–375 held out), with
//   main's code: dev committees 0.956 → 0.950 (firms named in full, 党中央, 市政协 of 黑河 read as 北安/腾冲's), persons
//   0.975 → a hair under it (姜仲等 read with the 等 that closes a list), dates
//   0.993 → 0.991 (a page date 11.12.2015); held-out places 0.942 → 0.932, committees 0.835 → 0.832, persons 0.950 →
//   0.949, top-3 0.815 → 0.814 (totals only; floors lowered to those values). The places and figures fixes of that
//   round then raised dev places 0.976 → 0.983 and figures 0.982 → 0.986 (floors raised).
// - Pages 376–383 (members round r3: county 统战 meetings, a 省政协 visit, a session opening, a 委员 visit; issue
//   #18) with main's code: dev committees 0.956 → 0.949, persons 0.975 → 0.974, top-3 0.813 → 0.801, set F1 0.791 →
//   0.782 (bodies, names and topics of the new pages not worked on in that round; floors lowered to those values). The
//   members work then raised dev roles 0.973 → 0.980, org 0.959 → 0.971 (floor raised), committees 0.952; held-out
//   roles 0.905 → 0.911, cppccMember 0.956 (floors raised).
// - Pages 360–367 (bodies r3: zones and 管委会, 九三学社 支社, 全国政协 captions, a county government in traditional
//   characters) with main's code: dev committees 0.956 → 0.951, persons 0.975 → 0.9746, roles → 0.971 (转载 credit,
//   a 工作室 主任), cppccMember → 0.995 (0.9948), top-3 0.813 → 0.806. The bodies r3 rules then raised dev committees
//   to 0.955 (0.9549) and held-out committees 0.837 → 0.841 (floor raised); the dev floors lowered to the measured
//   values rounded down to 0.005.
// - English pages 324–331 (6 dev, 2 held-out, annotated before the run) lowered en dev committees 0.944 → 0.926,
//   figures 0.975 → 0.967, cppccMember 0.986 → 0.963, top-3 0.823 → 0.800, topic set 0.778 → 0.764, and en held-out
//   roles 0.780 → 0.773, org 0.763 → 0.742, cppccMember 0.898 → 0.894, top-3 0.750 → 0.729, topic set 0.725 → 0.722
//   (floors set to the measure); the English figure and body fixes of that branch then raised en dev committees to
//   0.938, figures 0.978, cppccMember 0.977 and en held-out committees 0.849 → 0.871, figures 0.833 → 0.844.
// - All four rounds of r3 merged (dev 176, held-out 59, en dev 76, en held-out 29 pages): every floor is the
//   measured value rounded down to 0.005. Dev figures 0.986 → 0.984 and dates 0.991 → 0.990 with pages 360–367 and
//   376–383 added (their figures and dates were not worked on); dev top-3 0.793 with all 18 new dev pages.
// - Pages 352–359 (phrasing round r5: 提案 counts, 川渝/京津冀/长三角 协作, 走访委员 with townships; 358–359 held out),
//   annotated before the run; with main's code: dev top-3 0.793 → 0.788, set F1 0.782 → 0.774 (topics of the new
//   pages not worked on); held-out place.parent 0.986 → 0.981, place.code 0.993 → 0.987, roles 0.919 → 0.915
//   (totals only; floors lowered to those values). The round's date fix (11.12.2015 16:54) raised dev dates 0.988 →
//   0.992 (floor raised).
// - English pages 332–339 (6 dev, 2 held-out, annotated before the run): en dev persons 0.995 → 0.991 (foreign names on
//   336), en held-out places 1 → 0.994, persons 0.992 → 0.987, top-3 0.729 → 0.704, topic set 0.722 → 0.716 (floors
//   set to the measure); en held-out roles 0.773 → 0.805, org 0.742 → 0.779, cppccMember 0.894 → 0.909, figures
//   0.844 → 0.849 with the new pages alone. The branch's rules then raised en held-out committee kind 0.969 → 0.985
//   (Associations are mass organisations) and en dev figures 0.973 → 0.980, committee kind 0.990 → 0.995, roles
//   0.966 → 0.976, places 0.990 → 0.993, dates 0.973 → 0.978 (floors raised).
// - Bodies r5b: pages 328–335 (6 dev, 2 held-out: national and provincial 提案办理, 界别协商, 民主监督, 港澳委员),
//   annotated before the run; their figures and topics not worked on: dev figures 0.985 → 0.982, top-3 0.793 →
//   0.789, topic set 0.781 → 0.778; held-out places 0.934 → 0.929, figures 0.941 → 0.938, cppccMember 0.961 → 0.957
//   (floors lowered to those values rounded down to 0.005). The national and provincial body rules raised dev
//   committees to 0.952 and held-out committees 0.840 → 0.844 (floors raised).
// - Pages 384–391 (bodies r5a: county and district pages of 江西, 广西, 天津, 吉林, 海南; held out: 云南 大姚, 贵州 贵定)
//   lowered held-out topic top-3 0.825 → 0.821 (totals only, topics not worked on; floor 0.82); held-out committees
//   0.844 and places 0.935 with main's code and with that round's (floors raised to 0.84 and 0.935). Its bodies rules
//   raised dev committees 0.941 → 0.947 on the same pages.
// - Pages 392–399 (members r5: 常委会议, 视察 with officials, 增补 by election; 395, 397 held out) and 336–339,
//   400–403 (places r5: 宁夏, 西藏, 广西, 新疆, 红河, 绥化 pages; 402, 403 held out), annotated before the run. With all
//   seven r5 branches merged (dev 206, held-out 69, en dev 82, en held-out 31 pages) every floor is the measured value
//   rounded down to 0.005: dev persons 0.969, roles 0.970, org 0.961, top-3 0.782 (new pages' names and topics);
//   held-out committees 0.855, org 0.883, dates 0.995 (a date of a new held-out page, totals only).
// - org r6 (a member's title written alone is of the 政协 the article is about, named more than twice as often as
//   the last): dev person.org 0.961 → 0.966 (floor raised); held-out org unchanged (0.883).
// - Round r7 (bodies 404–419: centre words, county 建委 rows, the region of the one 政协 written in full for a
//   relative word; places 420–427: villages, a province abbreviation before a brand; figures 428–435: slash shares,
//   negative numbers, ranges; members 436–443: titles on the line after a lone name; English 340–349; 406, 410, 414,
//   418, 422, 426, 430, 434, 438, 442, 343, 348 held out), annotated before the run. With the six branches merged
//   (dev 236, held-out 79, en dev 90, en held-out 33 pages) every floor is the measured value rounded down to 0.005:
//   held-out places 0.936 → 0.940, committees 0.855 → 0.859, roles 0.909 → 0.923, org 0.883 → 0.902 (raised); dev
//   roles 0.959, org 0.945, cppccMember 0.987, top-3 0.769 and en held-out committees 0.863 (the new pages' bodies,
//   members and topics that the round did not work on; en committees 0.872 → 0.863 by a new held-out page).
// - Round r8 (bodies 444–459: a region written only in a short form, institutes, party chains; places 460–467:
//   streets, rivers, former divisions, one-character city abbreviations; figures 468–475: numbered names, ranges,
//   units; members 476–483: lists closed by a count, task groups; names 484–491: dotted and Mongolian names, glued
//   credits; English 350–359; 446, 450, 454, 458, 462, 466, 470, 474, 478, 482, 486, 490, 353, 358 held out),
//   annotated before the run. With the eight branches merged (dev 272, held-out 91, en dev 98, en held-out 35 pages)
//   every floor is the measured value rounded down to 0.005: held-out figures 0.936 → 0.958, persons 0.949 → 0.952,
//   roles 0.923 → 0.934, org 0.902 → 0.918, cppccMember 0.969 → 0.984, places 0.940 → 0.944 (raised); held-out
//   committees 0.859 → 0.842 and dates 0.996 → 0.978 (the new held-out pages; the same code scores the old 79 pages as
//   before), dev topics 0.769 → 0.760 (the new pages' topics, not worked on).
// - Round 9 (pages 492–531, en 360–367; pages 121, 239, 346 and 466 moved to dev because their output was read): the
//   new pages, scored by the code at the round's start, give committees 0.824 (dev) / 0.719 (held-out), places 0.931 /
//   0.966, figures 0.953 / 0.930, dates 0.944 / 1. Floors at the measured values rounded down to 0.005: dev committees
//   0.94 → 0.93, persons 0.975 → 0.98, dates 0.99 → 0.985, committee.kind 0.995 → 0.99, roles 0.97 → 0.965, org 0.965
//   → 0.96, topics 0.755 → 0.745 / 0.74; held-out committees 0.84 → 0.835, persons 0.95 → 0.96, places 0.94 → 0.945,
//   roles 0.93 → 0.935, org 0.915 → 0.91, topic set 0.72 → 0.74; English dev figures 0.98 → 0.975, dates 0.985 →
//   0.97, roles 0.975 → 0.97, topics 0.775; English held-out roles 0.8 → 0.815, org 0.78 → 0.77, cppccMember 0.91 →
//   0.92, topics 0.69 / 0.705 (the new pages: 360–367 add quotes signed after a dash, dates without a year).
// - Round 10 (pages 532–555, en 368–379; 534, 538, 542, 546, 550, 554, 370, 374, 378 held out), annotated before the
//   run, and four body conventions applied to all gold by rule (enterprises are not listed; a relative word is lifted
//   through a written lower division; 政协办公室 is folded into its 政协; township bodies are listed). The code of the
//   round's start scores the final gold at held-out committees 0.795, the final code 0.878. Floors at the measured
//   values rounded down to 0.005: dev places 0.98 → 0.975, committees 0.93 → 0.945, figures 0.985 → 0.98, committee
//   region 0.99 → 0.995, roles 0.965 → 0.96, top-3 0.745 → 0.74; held-out committees 0.835 → 0.875, dates 0.975 →
//   0.98, committee region 0.99 → 0.995, roles 0.935 → 0.92, org 0.91 → 0.93, cppccMember 0.985 → 0.98, top-3 0.795 →
//   0.79, topic set 0.74 → 0.735; English dev figures 0.975 → 0.98, roles 0.97 → 0.965, cppccMember 0.95 → 0.945, top-3 0.795 → 0.79;
//   English held-out committees 0.86 → 0.85, figures 0.865 → 0.885, roles 0.815 → 0.81, org 0.77 → 0.76,
//   cppccMember 0.92 → 0.885, topics 0.68 / 0.7 (the new pages' roles, members and topics, not worked on).
// - Round 11 (pages 556–603, en 380–391; 558, 563, 567, 570, 575, 579, 582, 587, 591, 594, 599, 603, 382, 387, 391
//   held out), annotated before the run; conventions applied to all gold by rule (a party committee and government
//   written as one word are two bodies; a bare 工商联 is the page's region's, as the client's sample 002; a town's
//   政协工委 is listed, a liaison group not, as samples 000 and 003; a session's standing 提案 report tags no
//   proposals; a year written alone is no date). The code of the round's start scores the final gold at held-out
//   committees 0.876, the final code 0.880. Floors at the measured values rounded down to 0.005: sample committees
//   0.93 → 0.94, committee.kind 1 → 0.98 (002's gold kinds 长春市工商联 `other`, GUIDE.md `mass-organisation`), topic
//   set 0.92 → 0.925; dev places 0.975 → 0.97, committees 0.945 → 0.94, persons 0.98 → 0.975, org 0.96 → 0.955,
//   topics 0.74 → 0.775 / 0.755; held-out places 0.945 → 0.95, committees 0.875 → 0.88, figures 0.955 → 0.95,
//   place.code 0.99 → 0.985, topics 0.795 / 0.75; English dev committees 0.94 → 0.935, persons 0.99 → 0.985, org
//   0.955 → 0.945, cppccMember 0.945 → 0.95, topics 0.795 / 0.765; English held-out committees 0.85 → 0.86, persons
//   0.985 → 0.98, figures 0.885 → 0.895, roles 0.81 → 0.82, org 0.76 → 0.77, cppccMember 0.885 → 0.895, topic set
//   0.7 → 0.695 (the new pages' persons, org and topics, not worked on).
// - Round 12 (pages 604–675, en 392–403; 615, 619, 623, 627, 631, 635, 639, 643, 647, 651, 655, 659, 663, 667, 671,
//   675, en 395, 399, 403 held out; held-out 426, 607, 611 and en 306, 353, 366 moved to dev because a helper saw the
//   library's output on them or checked a rule against their gold), annotated before the run; the held-out pages had a
//   second, independent annotation pass (3 entries corrected). Conventions applied to all gold by rule: a credit as
//   written (X摄 → 摄), a party committee's department is a body part of a title after a chain of party titles, a
//   range of days gives its end day. Floors at the measured values rounded down to 0.005: dev figures 0.98 → 0.975,
//   dates 0.985 → 0.99, place.parent 0.995 → 0.99, org 0.955 → 0.945, cppccMember 0.99 → 0.98, topics 0.775 / 0.755 →
//   0.785 / 0.76; held-out committees 0.88 → 0.87, figures 0.95 → 0.955, persons 0.96 → 0.965, place.code 0.985 → 0.99,
//   roles 0.92 → 0.93, org 0.93 → 0.925, topics 0.795 / 0.75 → 0.8 / 0.755; English dev places 0.995 → 0.99, committees
//   0.935 → 0.93, region 1 → 0.995, org 0.945 → 0.94, topic set 0.765 → 0.76; English held-out committees 0.86 → 0.875,
//   persons 0.98 → 0.96, roles 0.82 → 0.83, org 0.77 → 0.8, cppccMember 0.895 → 0.9, top-3 0.68 → 0.695 (the new
//   pages: held-out committees on the new pages, persons on the English held-out pages that stayed).
// - Round 13 (pages 676–747, en 404–415; 679, 683, 687, 691, 695, 699, 703, 707, 711, 715, 719, 723, 727, 731, 739,
//   743, 747, en 407, 411, 415 held out; 735 moved to dev because its text was a table-test source of an earlier
//   round), annotated before the run; the held-out pages had a second, independent annotation pass (4 entries
//   corrected). Conventions applied to all gold by rule: a day written alone is no date; a museum only visited is a
//   venue, not a body; a body is named by its first full form; English counted nouns keep their noun compound. Floors
//   at the measured values rounded down to 0.005: dev place.parent 0.99 → 0.995, committee.region 0.995 → 0.99,
//   roles 0.96 → 0.955, top-3 0.785 → 0.79; held-out places 0.95 → 0.955, committees 0.87 → 0.885, figures 0.955 →
//   0.96, dates 0.98 → 0.985, org 0.925 → 0.93, cppccMember 0.98 → 0.975, top-3 0.8 → 0.79; English dev committees
//   0.93 → 0.925, figures 0.98 → 0.965, dates 0.97 → 0.985, region 0.995 → 0.99, org 0.94 → 0.935, cppccMember 0.95 →
//   0.945, topic set 0.76 → 0.765; English held-out places 0.99 → 0.995, committees 0.875 → 0.88, roles 0.83 → 0.85,
//   org 0.8 → 0.82, cppccMember 0.9 → 0.915, topics 0.695 → 0.705 (lowered ones: the new pages at first sight).
// - Round 14 (pages 748–827, en 416–427; 751, 755, … every page ≡ 3 mod 4, and en 419, 423, 427 held out), annotated
//   before the run; the held-out pages had a second, independent annotation pass (7 entries corrected by rule).
//   Conventions applied to all gold by rule (README): X年来 is a time frame, no figure (as sample 003, 002); 今年 on a
//   page with no date takes the year the page writes for the present (as sample 000, 003); X个方面 → X 个; a pair
//   numeral is about; a role keeps the office written before the title; 记者 X 摄 gives both credits; a bare
//   democratic party is no body; a page-view counter is no figure. Floors at the measured values rounded down to
//   0.005: sample figures 0.985 → 0.99; dev committees 0.94 → 0.935, persons 0.975 → 0.97, figures 0.975 → 0.98, roles
//   0.955 → 0.96, org 0.945 → 0.94, cppccMember 0.98 → 0.975, topic set 0.76 → 0.77; held-out places 0.955 → 0.96,
//   committees 0.885 → 0.895, persons 0.965 → 0.97, region 0.995 → 0.99, roles 0.93 → 0.94, org 0.93 → 0.94,
//   cppccMember 0.975 → 0.98, top-3 0.79 → 0.78; English dev roles 0.965 → 0.96, org 0.935 → 0.925, topic set 0.765 →
//   0.77; English held-out committees 0.88 → 0.87 (measured 0.87499…), persons 0.96 → 0.965, figures 0.895 → 0.89, dates 1 → 0.985, org
//   0.82 → 0.825, cppccMember 0.915 → 0.92, top-3 0.705 → 0.69, topic set 0.705 → 0.7 (lowered ones: the new pages at
//   first sight; main's code of round 13 scores the same or lower on them).
// - Round 15 (pages 828–895, en 428–439; every page ≡ 3 mod 4 and en 431, 435, 439 held out), annotated before the
//   run, the held-out pages checked in a second, independent pass (9 entries corrected by rule). Six pages that
//   repeated another were removed, and five held-out pages whose text or output had been seen (118, 655, 867, 871,
//   875) moved to dev (README). Conventions applied by rule: a government or party title on a page without
//   its region takes the relative body as org; a duration before 后/前/内/的时间 is a figure, 一 included; 至少 is
//   approx more; English counted nouns drop capitalised words. Floors at the measured values rounded down to 0.005:
//   dev figures 0.98 → 0.975, place.parent 0.995 → 0.99, roles 0.96 → 0.955, org 0.94 → 0.945, top-3 0.79 → 0.81,
//   topic set 0.77 → 0.78; held-out figures 0.96 → 0.955, place.parent 0.985 → 0.99, region 0.99 → 0.995, top-3 0.78
//   → 0.795, topic set 0.755 → 0.77; English dev committees 0.925 → 0.935, figures 0.965 → 0.955, dates 0.985 →
//   0.975, roles 0.96 → 0.94, org 0.925 → 0.915, cppccMember 0.945 → 0.935, top-3 0.795 → 0.825, topic set 0.77 →
//   0.785; English held-out committees 0.87 → 0.88, roles 0.85 → 0.855, org 0.825 → 0.835, top-3 0.69 → 0.75, topic
//   set 0.7 → 0.72 (lowered ones: the new pages at first sight; main's code of round 14 scores the same on them).
// - Round 16 (pages 896–903, 920–923, 928–931, 936–943, en 440–444 and 452–455; every page ≡ 3 mod 4 held out),
//   annotated before the run; four of eight helpers finished only part of their pages (the numbers between stay
//   free). No convention changed. Floors at the measured values rounded down to 0.005: dev places 0.97 → 0.965
//   (the new dev pages at first sight 0.836: school-named towns, towns written short), org 0.945 → 0.94 (new pages
//   0.794 at first sight, 0.857 after), top-3 0.81 → 0.805; held-out top-3 0.795 → 0.8, topic set 0.77 → 0.775;
//   English dev dates 0.975 → 0.98, roles 0.94 → 0.945, org 0.915 → 0.92, cppccMember 0.935 → 0.94; English
//   held-out committees 0.88 → 0.875, committee.kind 0.985 → 0.98 (page 455 at first sight: bodies written only as
//   an acronym), top-3 0.75 → 0.735, topic set 0.72 → 0.71 (443 and 455), dates 0.985 → 0.99, roles 0.855 → 0.86,
//   org 0.835 → 0.845, cppccMember 0.92 → 0.925 (lowered ones: the new pages at first sight; main's code of round
//   15 scores the same or lower on them). The held-out pages' second pass (3 entries on 903 and 931, by rule) then
//   raised held-out figures 0.959 → 0.960 (floor 0.955 → 0.96).
// - Round 17 (pages 904–919, 924–927, 932–935, 944–959, en 445–451 and 456–471; every page ≡ 3 mod 4 held out; en
//   held-out 459 removed as a copy of dev 445), annotated before the run, held-out pages checked in a second pass. Floors
//   at the measured values rounded down to 0.005. Lowered, by the new pages (main's code of round 16 scores them the same
//   or lower: dev roles .895 both, held-out committees .782 against .800 now, en dev dates .905 against .930): dev
//   roles 0.955 → 0.95, cppccMember 0.975 → 0.97, top-3 0.805 → 0.8; held-out committees 0.895 → 0.89 (new held-out
//   pages .800: party and county department pages); English dev dates 0.98 → 0.975, top-3 0.825 → 0.815, topic set
//   0.785 → 0.775; English held-out figures 0.89 → 0.885 (447 and 451 at .851). Topic term precision then regenerated over
//   the 820 dev pages: held-out top-3 0.810 → 0.803, topic set 0.781 → 0.776 (floors 0.8, 0.775); English held-out top-3
//   0.756 → 0.776, topic set 0.728 → 0.742 (floors raised to 0.775, 0.74); dev unchanged.
// - Round 18 (pages 960–1007, en 472–487 and 459 again; every page ≡ 3 mod 4 held out), annotated before the run,
//   held-out pages checked in a second pass (one entry on 991, by rule). Floors at the measured values rounded down to
//   0.005. Lowered, by the new pages (main's code of round 17 scores them the same or lower: held-out committees .634
//   against .646 now, en held-out figures .591 both): held-out committees 0.89 → 0.875, dates 0.99 → 0.985, org 0.945
//   → 0.94; dev figures 0.98 → 0.975; English dev places 0.99 → 0.975 (472 names 'Suzhou' inside a park's name, 476
//   lower-case place names), persons 0.985 → 0.975, roles 0.95 → 0.945, org 0.925 → 0.915, top-3 0.815 → 0.795, topic
//   set 0.775 → 0.76; English held-out places 0.995 → 0.99, committees 0.88 → 0.87, figures 0.885 → 0.855 (483, 487),
//   roles 0.885 → 0.86, org 0.855 → 0.81, cppccMember 0.935 → 0.925, topic set 0.74 → 0.755 raised. The round's second
//   fixes (round 18b) then raised dev figures to 0.98, English dev places 0.98, committees 0.955, roles 0.95, org 0.925,
//   figures 0.965, English held-out roles 0.875.
// - Round 19 (pages 1008–1039, en 488–503; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked in a second pass (four entries on 1011, 1023, en 495, en 499, by rule); older gold corrected by rule (a day
//   without its year is --MM-DD: 486, 490, 708, 853; schools visited are bodies: 551, 600; 机关党组 titles whole: 439, 798).
//   Floors at the measured values rounded down to 0.005. Lowered, by the new pages (main's code of round 18 scores them
//   the same: held-out committees .851 both, persons .889 both, en held-out committees .750 both, figures .766 both):
//   held-out persons 0.97 → 0.965, org 0.94 → 0.935; English dev places 0.98 → 0.975 (501 'Wanzhong'), figures 0.965
//   → 0.96, top-3 0.795 → 0.785; English held-out committees 0.87 → 0.86, roles 0.875 → 0.87, top-3 0.8 → 0.77, topic
//   set 0.755 → 0.75. Raised: dev roles, cppccMember; held-out committees 0.88, figures 0.965, dates 0.99, top-3, topic
//   set; English dev persons, topic set; English held-out persons, committee.kind, cppccMember.
//   The round's second fixes (round 19c) then raised dev top-3 to 0.81, held-out top-3 0.835, topic set 0.79, English
//   dev places 0.98 and org 0.93 (older English gold gave firm titles org null; README Enterprises: the firm as written).
// - Round 20 (pages 1040–1079, en 504–519; every page ≡ 3 mod 4 held out, but 831 and en 507, moved to dev by the README
//   rule), annotated before the run, held-out pages checked in a second pass (1043 安徽省 in a firm's name, en 515 an age).
//   Floors at the measured values rounded down to 0.005. Lowered, by the new pages (round 19's code on today's pages scores
//   them the same or lower: held-out committee.region .995 both, top-3 .833 both; English dev top-3 .779 both, topic set
//   .753 both; English held-out figures .840 against .847 now, committee.region .993, roles .841, org .786 both):
//   held-out committee.region 0.995 → 0.99, top-3 0.835 → 0.83; English dev committees 0.955 → 0.95, org 0.93 → 0.925,
//   top-3 0.785 → 0.775, topic set 0.765 → 0.75; English held-out figures 0.855 → 0.845, committee.region 1 → 0.99,
//   roles 0.87 → 0.84, org 0.81 → 0.785. Raised: dev committees, persons, top-3, topic set; held-out org, cppccMember;
//   English dev figures; English held-out committees, top-3, topic set.
// - Round 21 (pages 1080–1111, en 520–535; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked in a second pass (no change). Floors at the measured values rounded down to 0.005. Lowered, by the new pages
//   (round 20's code on today's pages scores them the same or lower: held-out places .959, roles .942, org .933,
//   cppccMember .981; English dev committees .933, org .910, cppccMember .954; English held-out committees .854,
//   committee.region .987, roles .830, top-3 .770, topic set .759): held-out places 0.96 → 0.955, roles 0.945 → 0.94,
//   org 0.94 → 0.93, cppccMember 0.985 → 0.98; English dev committees 0.95 → 0.945, org 0.925 → 0.92, cppccMember 0.955
//   → 0.95; English held-out committees 0.865 → 0.85, committee.region 0.99 → 0.985, roles 0.84 → 0.825, top-3 0.78 →
//   0.77, topic set 0.76 → 0.755. Raised: dev roles, org, topic set; English dev figures, dates, top-3; English held-out figures.
// - Round 22 (pages 1112–1143, en 536–551; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked in a second pass (1119, 1135 corrected). Floors at the measured values rounded down to 0.005. Lowered, by the
//   new pages (round 21's code on today's pages scores them the same or lower: held-out dates .989, roles .932,
//   cppccMember .973; English dev committee.region .989; English held-out roles .810, cppccMember .910; held-out org
//   .923 against today's .922, the same 1228 agreements over one more person found): held-out dates 0.99 → 0.985, roles
//   0.94 → 0.93, org 0.93 → 0.92, cppccMember 0.98 → 0.97; English dev committee.region 0.99 → 0.985; English held-out
//   roles 0.825 → 0.81, cppccMember 0.93 → 0.91. Raised: dev committees, dates, top-3, topic set; held-out places,
//   committee.region, top-3, topic set; English dev figures, dates, roles, org, cppccMember, top-3, topic set; English
//   held-out committees, figures, topic set.
// - Round 23 (pages 1144–1167, en 552–567; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked in a second pass (1155, en 555, 567 corrected). Lowered, by the new pages (round 22's code on today's pages
//   scores them the same or lower: held-out committees .879, roles .926; English dev roles .943, cppccMember .958, top-3
//   .789, topic set .758; English held-out persons .983, figures .843, committee.region .982, roles .801, org .782,
//   cppccMember .908, topic set .761): held-out committees 0.88 → 0.875, roles 0.93 → 0.925; English dev roles 0.95 →
//   0.945, cppccMember 0.96 → 0.955, top-3 0.80 → 0.785, topic set 0.765 → 0.755; English held-out persons 0.985 → 0.98,
//   figures 0.86 → 0.85, committee.region 0.985 → 0.98, roles 0.81 → 0.80, org 0.785 → 0.78, cppccMember 0.91 → 0.905,
//   topic set 0.765 → 0.76. Raised: dev roles, org, cppccMember, top-3, topic set; held-out cppccMember, top-3; English
//   dev places, persons.
// - Round 24 (pages 1168–1191, en 568–583; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked in a second pass (1191 corrected). Lowered, by the new pages (round 23's code on today's pages scores them
//   the same or lower: English dev roles .937; English held-out figures .849, dates .986, cppccMember .905 (.90498),
//   top-3 .768, topic set .760), and held-out top-3 0.84 → 0.835 by the topic-term precision table rebuilt over the 18
//   new dev pages (.841 → .839, one first tag fewer in 247 pages; the old table on today's pages scores .841): English
//   dev roles 0.945 → 0.94; English held-out figures 0.85 → 0.845, dates 0.99 → 0.985, cppccMember 0.905 → 0.90, top-3
//   0.77 → 0.765, topic set 0.76 → 0.755. Raised: dev figures; held-out committees; English dev committee.region;
//   English held-out committees, roles, org.
// - Round 25 (pages 1192–1215, en 584–599; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked in a second pass (1195, 1207, 1211, 1215, en 595 corrected). Lowered, by the new English pages (round 24's
//   code on today's pages scores them the same or lower: English dev places .988, committees .935, committee.region
//   .989, roles .931, org .911, cppccMember .951; English held-out roles .803, org .768): English dev places 0.99 → 0.985,
//   committees 0.945 → 0.935, committee.region 0.99 → 0.985, roles 0.94 → 0.935, org 0.925 → 0.915, cppccMember 0.955
//   → 0.95; English held-out roles 0.805 → 0.80, org 0.785 → 0.77. Raised: dev committees; held-out places, dates, org,
//   topic set; English dev figures; English held-out top-3.
// - Round 26 (pages 1216–1239, en 600–615; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   checked against text and rules in a second pass (no change). Lowered where round 25's code on today's pages scores the
//   same or lower (held-out org .922; English dev committees .932; English held-out committees .862, persons .977,
//   top-3 .752, topic set .748): held-out org 0.925 → 0.92, English dev committees 0.935 → 0.93, English held-out
//   committees 0.865 → 0.86, persons 0.98 → 0.975, top-3 0.77 → 0.76, topic set 0.755 → 0.75. English held-out roles,
//   org and cppccMember 0.80 / 0.77 / 0.90 → 0.79 / 0.76 / 0.885: the same right answers (186, 179, 208) over one more
//   matched person (a Hong Kong name now found). Dev top-3 0.825 → 0.82 and English dev topic set 0.755 → 0.75 by the
//   topic-term precision table rebuilt over today's dev pages (derived; keeping it stale would be tuning). Raised: dev
//   committees, held-out roles and top-3.
// - Round 27 (pages 1240–1263, en 616–631; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   read against text and rules (no change; en dev 592 corrected to its page's year by the English date rule now written in
//   the README). Lowered where round 26's code on today's pages scores the same or lower (dev committee.region .9897
//   (3654/3692; now 3664/3702), held-out org .917,
//   cppccMember .974; English dev committees .926, roles .930, org .908; English held-out dates .981, org .758, top-3
//   .752): dev committee.region 0.99 → 0.985, held-out org 0.92 → 0.915, cppccMember 0.975 → 0.97; English dev committees 0.93 → 0.925, roles 0.935 →
//   0.93, org 0.915 → 0.905; English held-out dates 0.985 → 0.98, org 0.76 → 0.755, top-3 0.76 → 0.75. Raised: dev org,
//   top-3, topic set; held-out place.parent, top-3, topic set; English held-out committees, committee.region, topic set.
// - Round 28 (pages 1264–1287, en 632–647; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   read against text and rules by a second hand (1267, 1279, en 643 corrected); English gold names the national CPPCC
//   body by its first full form (7 pages). Lowered where round 27's code on today's pages scores the same (held-out
//   committee.region .9949 (977/982); English held-out roles .742 (207/279), org .710 (198/279): four new English held-out
//   pages, totals only): held-out committee.region 0.995 → 0.99, English held-out roles 0.79 → 0.74, org
//   0.755 → 0.715. Raised: dev roles, top-3; held-out top-3, topic set; English dev committees, figures, org, top-3, topic
//   set; English held-out committees, persons, figures, cppccMember, top-3.
// - Round 29 (pages 1288–1327, en 648–663; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages
//   read against text and rules by a second hand (1303, 1311, 1323, en 651, 655, 659 corrected); 1311, 1047 and English 249
//   moved to dev (a probe or a fix read them). Lowered where round 28's code on today's pages scores the same or lower (dev
//   roles .973; English dev figures .987, roles .926; English held-out committees .874, org .701) or where the count rose and
//   the ratio fell (English dev cppccMember 1071 → 1073 of 1136 → 1140): dev roles 0.975 → 0.97; English dev figures 0.99 →
//   0.985, roles 0.93 → 0.925, cppccMember 0.95 → 0.94; English held-out committees 0.875 → 0.87, org 0.715 → 0.7. Raised:
//   dev places, committees, topic set; held-out committees, committee.region, top-3; English dev committees, top-3, topic
//   set; English held-out roles, cppccMember, top-3, topic set.
// - Round 30 (pages 1328–1359, en 664–679; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages read
//   against text and rules by a second hand (1335, 1351, en 679 corrected); 594, 659, 1167, 1351 and English 679, 331, 419,
//   535, 595 moved to dev (fixes read them). Lowered where round 29's code on today's pages scores the same (the English
//   held-out set lost five pages): English held-out places 0.99 → 0.985, top-3 and topic set 0.76 → 0.745 (start code
//   .748/.749). Raised: dev roles; English dev top-3, topic set; English held-out committees, dates, committee.region,
//   roles, org, cppccMember.
// - Round 31 (pages 1360–1397, en 680–695; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages read
//   against text and rules by a second hand (1367, 1371, 1375, en 687 corrected); 430 moved to dev (a fix read it).
//   Lowered where round 30's code on today's pages scores lower (English dev org .904 on 360 pages; now .908): English dev
//   org 0.91 → 0.905. Raised: held-out committees, figures, top-3, topic set; English dev cppccMember; English held-out
//   figures.
// - Round 32 (pages 1400–1431, en 696–719; every page ≡ 3 mod 4 held out), annotated before the run, held-out pages read
//   against text and rules by a second hand (1423, en 699, 715 corrected); 538, 1371, 1423 and English 531, 607, 719
//   moved to dev (fixes read them). Lowered where round 31's code on today's pages scores the same or lower (the new
//   pages are harder: start code .958/.964/.913/.854 on dev committees, held-out places, org, top-3; English dev roles
//   .922, org .903, top-3 .801, topic set .771, persons .983, figures .982; English held-out org .714, cppccMember
//   .897): dev committees 0.96 → 0.955; held-out places 0.965 → 0.96, org 0.915 → 0.91, top-3 0.86 → 0.85; English dev
//   persons and figures 0.985 → 0.98 (both .9849, printed .985), roles 0.925 → 0.92, org 0.905 → 0.9, top-3 0.82 →
//   0.805, topic set 0.78 → 0.77; English held-out org 0.715 → 0.71, cppccMember 0.91 → 0.895. Raised: English held-out
//   places, committees, top-3.
const SETS: Array<[string, () => Fixture[], Floors]> = [
  // Sample places and figures sit below their best: the general rules find 台湾省 in 港澳台侨 (002) and the
  // anniversary 十周年 (002), which the sample gold leaves out (dev pages count both). Since round 14 the duration
  // 五年来 (003) is no figure on any page, as the sample gold has it.
  ['sample pages', () => fixtures('sample'), {
    lists: { places: 0.965, committees: 0.94, persons: 0.99, figures: 0.99, dates: 1 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.98, 'committee.region': 0.95, 'person.roles': 0.985, 'person.org': 0.97, 'person.cppccMember': 1 },
    topics: 0.8,
    topicSet: 0.925,
  }],
  ['development pages', () => fixtures('dev-pages').filter((f) => f.split === 'dev'), {
    lists: { places: 0.975, committees: 0.955, persons: 0.975, figures: 0.985, dates: 0.995 },
    attrs: { 'place.level': 1, 'place.parent': 0.995, 'place.code': 0.995, 'committee.kind': 0.995, 'committee.region': 0.985, 'person.roles': 0.975, 'person.org': 0.96, 'person.cppccMember': 0.985 },
    top3: 0.83,
    topicSet: 0.81,
  }],
  ['held-out pages', () => fixtures('dev-pages').filter((f) => f.split === 'holdout'), {
    lists: { places: 0.96, committees: 0.89, persons: 0.965, figures: 0.97, dates: 0.99 },
    attrs: { 'place.level': 1, 'place.parent': 0.995, 'place.code': 0.995, 'committee.kind': 1, 'committee.region': 0.995, 'person.roles': 0.93, 'person.org': 0.91, 'person.cppccMember': 0.97 },
    top3: 0.85,
    topicSet: 0.815,
  }],
  ['English pages', () => fixtures('en').filter((f) => f.split === 'dev'), {
    lists: { places: 0.985, committees: 0.935, persons: 0.98, figures: 0.98, dates: 0.99 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.995, 'committee.region': 0.985, 'person.roles': 0.92, 'person.org': 0.9, 'person.cppccMember': 0.945 },
    top3: 0.805,
    topicSet: 0.77,
  }],
  ['English held-out pages', () => fixtures('en').filter((f) => f.split === 'holdout'), {
    lists: { places: 0.99, committees: 0.89, persons: 0.98, figures: 0.86, dates: 0.985 },
    attrs: { 'place.level': 1, 'place.parent': 1, 'place.code': 1, 'committee.kind': 0.985, 'committee.region': 0.99, 'person.roles': 0.76, 'person.org': 0.71, 'person.cppccMember': 0.895 },
    top3: 0.75,
    topicSet: 0.745,
  }],
]
const PD_PERSON_FLOOR = 0.9

describe.each(SETS)('acceptance: %s against their gold', (name, load, floors) => {
  const s = scoreSet(load(), (t) => analyzer.analyze(t))
  // A failure names what was missed on the pages whose errors may be read; on held-out pages only the totals.
  const shown = (lines: string[]) => (name.includes('held-out') ? `${lines.length} disagreements (held-out: not listed)` : lines.join('\n'))

  it.each(LISTS)('%s F1 is at or above its floor', (list) => {
    const x = prf(s.lists[list])
    expect(x.f1, shown(s.misses.filter((m) => m.includes(` ${list}\n`)))).toBeGreaterThanOrEqual(floors.lists[list])
  })

  it.each(ATTRIBUTES.filter((a) => floors.attrs[a] !== undefined))('%s agrees on matched entities at or above its floor', (attr) => {
    const x = s.attrs[attr]
    expect(x.agree / x.matched, shown(x.wrong)).toBeGreaterThanOrEqual(floors.attrs[attr]!)
  })

  it.runIf(floors.topics !== undefined)('topics: top-3 tags are gold tags and each page gets its first gold tag', () => {
    expect(s.topics.top3In / s.topics.top3).toBeGreaterThanOrEqual(floors.topics!)
    expect(s.topics.firstOk).toBe(s.topics.pages)
  })

  it.runIf(floors.top3 !== undefined)('topics: top-3 tags are gold tags at or above the floor', () => {
    expect(s.topics.top3In / s.topics.top3).toBeGreaterThanOrEqual(floors.top3!)
  })

  it.runIf(floors.topicSet !== undefined)('topics: the set of assigned tags has F1 at or above its floor', () => {
    const x = prf(s.topics.set)
    expect(x.f1, shown(s.misses.filter((m) => m.includes(' topics\n')))).toBeGreaterThanOrEqual(floors.topicSet!)
  })
})

describe("acceptance: person names on People's Daily NER (general news)", () => {
  it.runIf(hasPdNer())('span F1 is at or above its floor', () => {
    const s = prf(pdPersonScore((t) => analyzer.analyze(t)))
    expect(s.f1).toBeGreaterThanOrEqual(PD_PERSON_FLOOR)
  })
})
