"""The words around a target that are not its name: striving verbs, scopes, tails, cues.

* ``STRIVING_VERBS`` — dropped from the start (and end) of a name: "Phấn đấu", "Hoàn
  thành", "tiến tới" (spec: names drop leading verbs of striving or action).
* ``ACTION_VERBS`` — verbs that, alone before a value, make the clause value-first:
  "Thực hiện cấp trên 300 giấy chứng nhận …" → the name is what follows the value; with
  the striving verbs they are the cue that commits to a bare count ("Thành lập 04 …").
* ``VALUE_FIRST_FILLERS`` — "có", "với" …: value-first without committing to anything.
* ``SCOPE_WORDS`` — scopes dropped before a value-first clause: "Toàn xã có trên 90% …",
  "mỗi cấp học 01 phòng học".
* ``CLAUSE_OPENERS`` — after a comma, these start a new clause ("…, tiến tới …").
* ``CLAUSE_BREAKS`` — words after which a new clause starts even without a comma, when
  a verb of ``PURPOSE_TARGET_VERBS`` follows ("… để thu đạt …").
* ``NAME_TRAILERS`` — dropped from the end of a name-first name ("… việc làm cho").
* ``TAIL_OPENERS`` — what follows a value and is not a name ("so với …", "theo kế hoạch").
* ``SUBPART_CUES`` — open a sub-part of the previous target ("trong đó").
* ``RESTATE_CUES`` — a parenthesis that says the same target another way ("tương đương").
* ``YEAR_PREFIXES`` — words before "năm YYYY" that make a target year ("đến năm 2026").
* ``BASELINE_CUES`` — "so với năm 2025" → baseline year.
* ``TARGET_SECTION_WORDS`` — heading words of sections that list targets.
* ``RESULT_SECTION_WORDS`` / ``PAST_OPENERS`` — sections and sentences that report results.
* ``MEANS_SECTION_OPENERS`` / ``MEANS_NAME_WORDS`` — budgets, rewards and allowances.
* ``DATE_SCOPE_PATTERN`` — a date phrase before a name (a regex: dates have shapes).
"""

from __future__ import annotations

STRIVING_VERBS: tuple[str, ...] = (
    "phấn đấu đạt", "phấn đấu", "phấn đấu hoàn thành", "quyết tâm", "hoàn thành",
    "thực hiện", "duy trì", "giảm", "tăng", "xây dựng thêm", "tiến tới", "mạnh dạn",
    "đảm bảo", "bảo đảm", "cố gắng", "nỗ lực", "tiếp tục", "đạt", "đạt được", "giữ vững",
    "nâng", "nâng cao", "nâng lên", "đề ra", "hướng tới", "hướng đến", "tương đương",
    "trong đó", "cụ thể", "chỉ tiêu:", "và", "còn", "với", "tập trung", "thúc đẩy",
    "đẩy mạnh", "tương ứng",
)

ACTION_VERBS: tuple[str, ...] = (
    "cấp", "xây dựng", "xây dựng thêm", "thêm", "tạo", "tạo mới", "đào tạo", "tuyển",
    "tuyển mới", "thành lập", "thành lập mới", "trồng", "trồng mới", "kết nạp", "kết nạp mới",
    "phát triển", "phát triển thêm", "hỗ trợ", "công nhận", "làm mới", "sửa chữa", "nâng cấp",
    "cải tạo", "giải quyết", "thu hút", "đón", "mở", "mở mới", "vận động", "bê tông hóa",
    "cứng hóa", "lắp đặt", "xóa", "hoàn thành", "phấn đấu có", "duy trì", "giữ vững", "tăng",
    "giảm", "nâng", "tuyển sinh mới", "tổ chức", "kiên cố hóa", "nhựa hóa", "nạo vét",
    "cải tạo, nâng cấp", "mở rộng", "đầu tư xây dựng", "đầu tư", "lắp mới", "bồi dưỡng",
    "tập huấn", "tuyên truyền", "kiểm tra", "thanh tra", "chuyển đổi", "cấp mới", "đăng ký",
    "chỉnh trang", "nâng cấp, chỉnh trang", "sửa chữa, nâng cấp", "giúp", "giúp đỡ",
    "bổ sung", "tiết kiệm", "triển khai", "hoàn thiện", "ưu tiên", "kiềm chế", "kéo giảm",
    "cắt giảm", "phổ biến", "hướng dẫn", "tư vấn", "trợ giúp", "điều trị", "cung cấp",
    "huy động", "phục vụ", "duy tu", "duy tu bảo dưỡng", "bảo dưỡng", "khuyến khích", "số hóa",
    "số hoá", "giải ngân",
    # choosing, keeping and putting forward a counted thing ("Lựa chọn ít nhất 01 doanh
    # nghiệp …", "giữ nguyên 20 đội", "giới thiệu 100 đoàn viên ưu tú …")
    "lựa chọn", "tuyển chọn", "giữ nguyên", "giới thiệu",
    # making a counted thing ("thiết kế tối thiểu 03 mẫu nhà ở điển hình")
    "thiết kế",
    # treating waste or polluters ("Xử lý được 40% cơ sở gây ô nhiễm …", "Thu gom và xử lý
    # 100% chất thải y tế")
    "xử lý", "thu gom", "thu gom và xử lý", "thu gom, xử lý",
)

#: Verbs that allot a share of a whole: before a percentage they make the clause value first
#: ("bố trí ít nhất 3% tổng chi ngân sách hằng năm cho …"); before an amount they spend it
#: ("Bố trí kinh phí 200 triệu đồng …": means, no target).
SHARE_ALLOT_VERBS: tuple[str, ...] = ("bố trí", "dành")

#: Words that may stand alone before a value-first clause without committing to it: "Toàn
#: xã có trên 90% …", "… với 100% …".  They make a clause value first, they are no cue.
VALUE_FIRST_FILLERS: tuple[str, ...] = ("có", "với", "cho", "mới", "đạt", "thu", "làm")

#: Striving verbs that may stand between a name and its value ("… đảm bảo đạt trên 233 ha").
CHAIN_STRIVING: tuple[str, ...] = ("phấn đấu", "đảm bảo", "bảo đảm", "quyết tâm", "tiến tới",
                                   "hướng tới", "hoàn thành")

SCOPE_WORDS: tuple[str, ...] = (
    "toàn xã", "toàn phường", "toàn huyện", "toàn tỉnh", "toàn thành phố", "toàn thị trấn",
    "toàn thị xã", "toàn quận", "cả xã", "cả phường", "cả huyện", "cả tỉnh", "mỗi",
    "mỗi năm", "hằng năm", "hàng năm", "mỗi tháng", "hằng tháng", "hàng tháng",
    "mỗi một", "từng", "bình quân mỗi năm",
    # a time without a year ("phấn đấu đến cuối năm có 1 xã đạt chuẩn …")
    "đến cuối năm", "đến hết năm", "cuối năm", "trước mắt",
)

CLAUSE_OPENERS: tuple[str, ...] = (
    "phấn đấu", "tiến tới", "mạnh dạn", "hoàn thành", "đảm bảo", "bảo đảm", "hình thành",
    "duy trì", "giữ vững", "nâng", "nâng cao", "tăng", "giảm", "xây dựng", "thu hút",
    "quyết tâm", "hướng tới", "tạo", "phát triển", "trong đó", "đồng thời", "riêng",
)

CLAUSE_BREAKS: tuple[str, ...] = ("để", "nhằm", "qua đó", "từ đó", "đồng thời")

#: Sector names whose second word is also a verb that opens a clause: "Giá trị tiểu thủ
#: công nghiệp và xây dựng đạt 273 tỉ đồng" names one sector, no new clause at "và xây dựng".
SECTOR_PAIRS: tuple[tuple[str, str], ...] = (
    ("công nghiệp", "xây dựng"), ("nông nghiệp", "phát triển nông thôn"),
)

#: A clause break counts only when one of these verbs follows before the next comma: "… để
#: thu đạt tỷ lệ …" starts a target clause, "… tập trung để sản xuất …, … đạt" does not.
PURPOSE_TARGET_VERBS: tuple[str, ...] = (
    "đạt", "phấn đấu", "hoàn thành", "đảm bảo", "bảo đảm", "nâng", "tăng", "giảm",
)

NAME_TRAILERS: tuple[str, ...] = (
    "cho", "tại", "với", "của", "đạt", "là", "được", "bằng", "còn",
    "có", "về", "trong", "vào", "tới", "đến", "mức", "tỷ lệ", "tỉ lệ",
    "khoảng", "ước", "đạt tỷ lệ", "đạt tỉ lệ", "ở mức", "phấn đấu", "đảm bảo", "bảo đảm",
    "và", "thì", "trong năm", "(%)", "(%/năm)",
    "ít nhất", "tối thiểu", "với mục tiêu", "mục tiêu", "ước thực hiện", "ước tính",
    "ước đạt", "dự kiến", "dự kiến đạt", "thực hiện",
)

TAIL_OPENERS: tuple[str, ...] = (
    "so với", "trở lên", "trở xuống", "theo kế hoạch", "kế hoạch", "chỉ tiêu được giao",
    "dự toán", "chỉ tiêu đề ra", "mục tiêu đề ra", "so cùng kỳ", "cùng kỳ", "kh", "so ước",
    "so thực hiện", "so năm",
    "chỉ tiêu nghị quyết", "mục tiêu nghị quyết",
    "trong năm", "hằng năm", "hàng năm", "mỗi năm", "/năm",
)

#: Where the name of a counted value-first target ends: what follows says why or what it
#: is, not what is counted ("10 mô hình trồng trọt là các mô hình hỗ trợ …", "05 cuộc hội thảo giúp
#: cho nông dân …", "03 mô hình nuôi cá lồng nhằm chuyển đổi …").
VALUE_FIRST_NAME_ENDS: tuple[str, ...] = (
    "nhằm", "để", "giúp", "giúp cho", "là các", "là những", "qua đó", "từ đó",
    # the state now, kept as it is ("giữ nguyên 20 đội như hiện nay")
    "như hiện nay", "như hiện tại",
)

#: Words right before a number of times that make it a multiple of something, a target
#: like a rise ("gấp 30 lần GRDP", "bằng khoảng 2,5 lần so với năm 2025"), not a frequency.
#: A bare "bằng" is left out: it is also "by means of" ("bằng 2 lần phát thanh").
MULTIPLE_WORDS: tuple[str, ...] = ("gấp", "tăng gấp", "gấp khoảng", "gấp hơn", "gấp gần",
                                   "bằng khoảng", "bằng gần", "bằng hơn")

#: Where any value-first name ends, whatever its unit: what comes with the target or after
#: it, not what it measures ("03 mẫu nhà ở, kèm theo dự toán …", "50% xã “không ma túy” và
#: từng bước đẩy lùi …").
VALUE_FIRST_CLAUSE_ENDS: tuple[str, ...] = ("kèm theo", "và từng bước")

#: After a comma, where a value-first name ends: a clause of manner, purpose or emphasis,
#: or a negated counterpart, that says how or with what the target is met, not what is
#: counted ("50% người dân … được phổ biến kiến thức …, nhất là …", "80% số xã đạt chuẩn
#: …, không còn xã …", "2 mô hình liên kết …, đảm bảo an toàn thực phẩm", "…, trong đó:").
VALUE_FIRST_COMMA_ENDS: tuple[str, ...] = (
    "đảm bảo", "bảo đảm", "từng bước", "nhất là", "đặc biệt là", "không có", "không còn",
    "góp phần", "tiến tới", "trong đó",
    # not ", đáp ứng …": the gold keeps it in value-first names of one repository (F004,
    # F010, F017: "… phương tiện kỹ thuật nghiệp vụ hiện đại, đáp ứng yêu cầu …") and cuts
    # it in another (AC004)
)

SUBPART_CUES: tuple[str, ...] = ("trong đó", "riêng", "bao gồm", "gồm")

RESTATE_CUES: tuple[str, ...] = ("tương đương", "tức là", "tương ứng", "bằng")

#: Connectors of a share of a whole: in "…, chiếm 60% diện tích lúa" the words after the value
#: name the whole, and the share is that of the figure before it.
SHARE_OF_WHOLE_WORDS: tuple[str, ...] = ("chiếm", "chiếm tỷ lệ", "chiếm tỉ lệ")

YEAR_PREFIXES: tuple[str, ...] = (
    "đến năm", "đến hết năm", "đến cuối năm", "cuối năm", "trong năm", "năm", "đầu năm",
    "hết năm", "vào năm", "tới năm", "đến năm học",
    "đến",  # "thu nhập bình quân đầu người đến 2030 đạt …": the year without "năm"
)

#: Words that open the plan part of a title that reports first ("Báo cáo tình hình … năm 2022
#: và kế hoạch … năm 2023", "… năm 2019, phương án, kế hoạch … năm 2020"): the plan is for
#: the year named after them.
PLAN_PART_WORDS: tuple[str, ...] = ("kế hoạch", "phương hướng", "phương án")

#: The end of a term or period named without a year ("Đến cuối nhiệm kỳ, tỷ lệ …: …"): a
#: time phrase, never part of a group's name.
TERM_END_PHRASES: tuple[str, ...] = (
    "đến cuối nhiệm kỳ", "cuối nhiệm kỳ", "đến hết nhiệm kỳ", "hết nhiệm kỳ",
    "đến cuối giai đoạn", "cuối giai đoạn", "đến hết giai đoạn",
)

BASELINE_CUES: tuple[str, ...] = ("so với năm", "so với cùng kỳ năm", "so với", "so năm")

#: Words before a span of years that make it the period of a standard or a baseline, not
#: the time of the figure ("theo chuẩn nghèo giai đoạn 2016 - 2020", "so với giai đoạn …").
PERIOD_QUALIFIERS: tuple[str, ...] = ("so với", "so", "theo", "chuẩn")

#: Words before a span of years inside a target's own clause that make it the period the
#: figure is for ("tăng bình quân 8%/năm thời kỳ 2021-2030"): the span gives its end year.
CLAUSE_PERIOD_OPENERS: tuple[str, ...] = ("giai đoạn", "thời kỳ")
#: Words that may stand between a target's figure, its comma and the period the figure is
#: for ("tăng 7%/năm, trong giai đoạn 2026-2030"): the period is still the figure's own.
CLAUSE_PERIOD_LEADS: tuple[str, ...] = ("trong",)

TARGET_SECTION_WORDS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu", "nhiệm vụ cụ thể")

#: Words naming the targets a sentence announces: a year in that sentence is theirs ("… thông
#: qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, …", "các mục tiêu, nhiệm vụ … năm 2026",
#: project decision 29).
ANNOUNCED_TARGET_WORDS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu")
#: Words after a count that make it a count of the document's own targets or tasks ("13 chỉ
#: tiêu chủ yếu", "02 nhiệm vụ"): a lead-in line counting them gives its list no year.  Wider
#: than ``ANNOUNCED_TARGET_WORDS``: "đề ra 5 nhiệm vụ" counts tasks but carries no year on.
COUNTED_TARGET_WORDS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu", "nhiệm vụ", "nhóm chỉ tiêu")
#: Words right before such a noun that make it a list of announced targets (as a count does:
#: "16 chỉ tiêu"), not a name ("Chương trình mục tiêu quốc gia", "đúng mục tiêu").
ANNOUNCING_DETERMINERS: tuple[str, ...] = ("các", "những", "một số")
#: Verbs right before the noun: the sentence sets targets ("… năm 2011 đặt ra mục tiêu giảm
#: …"), one goal or a list.
ANNOUNCING_VERBS: tuple[str, ...] = ("đề ra", "đặt ra")
#: Nouns that name a cited plan or programme beside the kinds of document
#: (``doc_types.DOC_TYPE_CODES``, ``reference_words.NAMED_DOC_TYPES``) when written with a
#: capital and followed by a name: a year ending such a name ("Chiến lược phát triển … năm
#: 2011") names the plan, not the time of the targets (project decision 36).
PLAN_NAME_NOUNS: tuple[str, ...] = ("chiến lược", "quy hoạch")

#: Heading words of sections that report results: their numbers are not targets.
RESULT_SECTION_WORDS: tuple[str, ...] = (
    "kết quả thực hiện", "tình hình thực hiện", "kết quả đạt được", "đánh giá kết quả",
    "đánh giá tình hình", "thực trạng", "kết quả năm", "tình hình kinh tế - xã hội năm",
    "kết quả công tác",
    # achievements: "I. Thành tựu kinh tế - xã hội năm 2020"
    "thành tựu",
)

#: Words that open the heading of a section whose amounts are means or rewards, not
#: targets ("IV. KINH PHÍ THỰC HIỆN", "V. KHEN THƯỞNG").
MEANS_SECTION_OPENERS: tuple[str, ...] = (
    "kinh phí", "nguồn vốn thực hiện", "dự toán kinh phí", "khen thưởng", "hình thức khen thưởng",
    "tiêu chuẩn khen thưởng", "danh hiệu thi đua và hình thức khen thưởng", "mức thưởng",
    "thời gian", "đối tượng", "thang điểm", "tiêu chí chấm điểm", "cách tính điểm",
    "chấm điểm", "đặc điểm tình hình", "tình hình chung",
)

#: Names of amounts that are means (budgets), not targets: "Tổng kinh phí dự kiến: …".
MEANS_NAME_WORDS: tuple[str, ...] = (
    "kinh phí", "dự toán kinh phí", "nguồn kinh phí", "mức hỗ trợ", "định mức",
    "tổng mức đầu tư", "điểm thi đua", "thang điểm", "điểm tối đa", "điểm chuẩn",
    "diện tích tự nhiên", "nhân khẩu", "tiền thưởng", "mức thưởng",
)

#: A sentence that opens with a past year ("Năm 2025, …") or one of these reports results.
PAST_OPENERS: tuple[str, ...] = ("năm qua", "năm trước", "năm vừa qua", "thời gian qua",
                                 "qua 5 năm", "qua 05 năm",
                                 # looking back on a period: "Nhìn lại năm 2022, …"
                                 "nhìn lại", "điểm lại")

#: Time phrases dropped from the start of a name: "đến ngày 31/12/2026 giải ngân …".
DATE_SCOPE_PATTERN = (
    r"(?:đến|trước|trong|từ|vào|cuối|đầu|hết)?\s*(?:ngày|tháng|quý)\s+[\dIVX]+"
    r"(?:/\d{1,2})?(?:/\d{4})?(?:\s+năm\s+\d{4})?"
)

#: Verbs after which a number written in words is read as a value ("có hai trường").
WORD_NUMBER_CUES: tuple[str, ...] = (
    "có", "thêm", "đạt", "ít nhất", "tối thiểu", "trên", "dưới", "khoảng", "xây dựng",
    "phấn đấu", "duy trì", "thành lập", "tăng", "giảm", "hoàn thành",
)

#: Striving words that do not commit to a bare count by themselves ("và", "còn", "đạt").
NON_COMMITTING: tuple[str, ...] = (
    "và", "còn", "với", "trong đó", "cụ thể", "chỉ tiêu:", "tương đương", "đạt", "đạt được",
    "đề ra",
)

#: Words that, right before a count, are no name of it: "Xã có 12 thôn", "gồm 50 …".
NOT_NAMES_BEFORE_COUNT: tuple[str, ...] = (
    "gồm", "chọn", "tặng", "khen", "cho", "với", "và", "hoặc", "của", "tại", "ở", "trong",
    "về", "từ", "qua", "theo",
)

#: Words after a comma that start a new subject, ending a value-first name: "Trên 95% hộ …
#: văn hoá, các Tổ dân phố giữ vững …".
NEW_SUBJECT_WORDS: tuple[str, ...] = ("các", "những", "đồng thời", "trong đó")

#: A colon after these is no group: "Chỉ tiêu: …", "Cụ thể: …".
GENERIC_GROUP_WORDS: tuple[str, ...] = (
    "chỉ tiêu", "các chỉ tiêu", "mục tiêu", "các mục tiêu", "cụ thể", "trong đó", "gồm",
    "bao gồm", "kết quả", "phấn đấu",
    # verbs of focus that announce a list ("trong đó chú trọng: Khuyến khích 85% …")
    "chú trọng", "trọng tâm là", "trọng tâm",
)

#: Of the words above, those that head a group when a topic follows them: "Chỉ tiêu sản xuất
#: trồng trọt: Diện tích lúa …", "Chỉ tiêu huyện giao: …" are groups; "Các chỉ tiêu chủ yếu:",
#: "Một số chỉ tiêu cụ thể như:" are not (only quantifiers and fillers around the head).
TOPIC_GROUP_HEADS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu")
#: Quantifiers before such a head.
GROUP_QUANTIFIERS: tuple[str, ...] = ("các", "một số", "những", "một vài", "nhóm")
#: Words after such a head that name no topic.
GROUP_FILLERS: tuple[str, ...] = (
    "cụ thể", "chủ yếu", "chính", "khác", "cơ bản", "trọng tâm", "như sau", "sau", "như",
    "gồm", "bao gồm", "là", "đề ra", "phấn đấu", "chung", "tổng quát",
)
#: A lead-in that announces a topic of the text, not a group of targets: "1. Về dân số: Tỷ
#: lệ tăng dân số tự nhiên là 1,3%".
TOPIC_LEAD_WORDS: tuple[str, ...] = ("về",)

#: "Chỉ tiêu 1:", "tiêu chí 2:" are labels, not names or groups.
NUMBERED_LABEL_WORDS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu", "nhiệm vụ", "nội dung",
                                         "tiêu chí", "mục")

#: Prepositions that end a name which goes on after the value ("… việc làm cho 1.500 …").
PREPOSITIONS: tuple[str, ...] = ("cho", "tại", "với", "của", "ở", "về", "trong", "vào", "đến",
                                 "tới")

#: Prepositions of possession before a share: "Số hóa dữ liệu của 75% hộ sản xuất": the share
#: qualifies what follows it, so the clause is still value first.
SHARE_OWNER_PREPOSITIONS: tuple[str, ...] = ("của",)

#: Words that end a line announcing sub-items ("…, trong đó:", "… như sau:").
CHILDREN_OPENERS: tuple[str, ...] = ("trong đó", "cụ thể", "bao gồm", "gồm", "như sau", "sau")

#: Words after which the name of a target starts, whatever stood before them ("thực hiện
#: thành công Kế hoạch … với mục tiêu tăng trưởng đạt 8%" → "tăng trưởng").
NAME_OPENERS: tuple[str, ...] = (
    "với mục tiêu", "với chỉ tiêu",
    # reaching a goal named after it ("…, đạt được mục tiêu tăng trưởng kinh tế 8%")
    "đạt được mục tiêu", "đạt mục tiêu", "hoàn thành mục tiêu", "thực hiện mục tiêu",
    "đặt mục tiêu", "đề ra mục tiêu", "đặt ra mục tiêu", "đưa ra mục tiêu",
    # a goal served or joined ("… tạo nền tảng cho mục tiêu tăng trưởng từ 10% trở lên",
    # "… và mục tiêu tăng trưởng GDP 8%"; issue 12, brief H16F)
    "cho mục tiêu", "và mục tiêu", "phục vụ mục tiêu",
    # a lead-in that announces its targets and names them after it ("… hoàn thành các chỉ
    # tiêu cơ bản, cụ thể, giá trị sản xuất … tăng 18%/năm"; "… với một số chỉ tiêu chủ
    # yếu thương mại - dịch vụ tăng 10-12%")
    "cụ thể,", "cụ thể là", "với một số chỉ tiêu chủ yếu", "với các chỉ tiêu chủ yếu",
    "với một số chỉ tiêu",
)

#: Verbs that end a lead-in before its list of parts and are no part of the group's name
#: ("Cơ cấu kinh tế chuyển dịch như sau: …" → group "Cơ cấu kinh tế").
GROUP_TAIL_VERBS: tuple[str, ...] = ("chuyển dịch", "dịch chuyển", "chuyển dịch theo hướng")

#: Words that join two targets of one clause ("Duy trì 18 … và phấn đấu 2 …").
LIST_JOINERS: tuple[str, ...] = ("và", "hoặc", "còn")

#: Words before "năm YYYY," that open a sentence naming its target year ("Phấn đấu đến năm
#: 2030, …").
LEAD_YEAR_PREFIXES: tuple[str, ...] = ("phấn đấu", "phấn đấu đến", "đến", "trong", "cuối",
                                       "đến hết", "hết")


#: Verbs of striving that follow a subject ("Hải Dương phấn đấu …", "Hội đặt mục tiêu …"):
#: with only fillers between them and the value, the name follows the value.
SUBJECT_STRIVING: tuple[str, ...] = (
    "phấn đấu", "cố gắng", "quyết tâm", "nỗ lực", "đặt mục tiêu", "đề ra mục tiêu",
    "hướng tới", "hướng đến", "đặt chỉ tiêu", "đề ra chỉ tiêu",
)

#: Words of estimate or forecast that open a clause before the name, no part of it: "Ước
#: dân số trung bình …: 1,9 triệu người", "Dự kiến sản lượng điện khoảng …".  The estimates
#: (not "dự kiến", a forecast) make a bare value approximate (the spec's "ước" → "~").
APPROXIMATE_OPENERS: tuple[str, ...] = ("ước tính", "ước", "dự ước")
ESTIMATE_OPENERS: tuple[str, ...] = (*APPROXIMATE_OPENERS, "dự kiến")

#: Leading phrases of a clause that cite a source or a cut-off, not a name: "Theo Bộ Y
#: tế, …", "Tính đến hết năm 2025, …" (up to the comma).
SOURCE_OPENERS: tuple[str, ...] = ("theo", "tính đến", "tính tới", "căn cứ")

#: Words before a percentage of a population served: "… cho 67,2% dân số nông thôn".
#: Verbs that give or take a count of people or things, read like ACTION_VERBS right before
#: a count ("huyện được giao 132 công dân", "xã tuyển chọn 56 thanh niên").
COUNT_GIVING_VERBS: tuple[str, ...] = ("được giao", "tuyển chọn", "kết nạp mới")

#: Heads of a measure's name: a verb after them is part of the name ("Số doanh nghiệp thành
#: lập mới từ 60 …", "Tỷ lệ hộ được hỗ trợ 95%"), not an action on a count.
MEASURE_NAME_HEADS: tuple[str, ...] = ("số", "số lượng", "tổng số", "tổng", "tỷ lệ", "tỉ lệ",
                                      "tốc độ", "mức", "chỉ số", "tỷ suất", "tỉ suất")

#: Heads of a measure that, after a comma, open the name of the value that follows: the
#: words before the comma are another clause ("Giữ vững bộ tiêu chí quốc gia về y tế, tỷ
#: lệ bao phủ BHYT đạt 99,3%", "…, mục tiêu tỷ lệ phủ sóng 5G đạt 100%").  Bare "số",
#: "mức" and "tổng" are left out: they also go on a list inside one name.
COMMA_SUBJECT_HEADS: tuple[str, ...] = ("tỷ lệ", "tỉ lệ", "tốc độ", "tổng số", "chỉ số",
                                       "tỷ suất", "tỉ suất")

#: Words that may stand between that comma and the head ("…, mục tiêu tỷ lệ …").
COMMA_SUBJECT_LEADS: tuple[str, ...] = ("mục tiêu",)

FOR_SHARE_WORDS: tuple[str, ...] = ("cho", "đối với")

#: Words right before a percentage that introduce the share of something named after it,
#: whatever stands before them ("… đến năm 2015 có 60% giáo viên đạt chuẩn", "… lộ trình,
#: đảm bảo ít nhất 70% xã, phường …", "Một số mục tiêu khác như 70% bà mẹ …").
SHARE_INTRODUCERS: tuple[str, ...] = ("có", "như", "đảm bảo", "bảo đảm")

#: Words right before a count that introduce what is counted, named after it: "… huyện
#: có 6 xã đạt chuẩn nông thôn mới", "cả nước có 1.200 công trình xây dựng xanh".
COUNT_INTRODUCERS: tuple[str, ...] = ("có",)

#: Words that open a scope, not a name, before a value-first clause: "Tại địa bàn đô thị:
#: 100% trẻ em …", "Đối với cấp xã, 100% …".
LOCATIVE_OPENERS: tuple[str, ...] = ("tại", "ở", "đối với", "trên địa bàn", "riêng",
                                     "trong đó", "tính đến")

#: Words shortly before a lead-in that make it a target ("Phấn đấu: …", "Mục tiêu: …").
STRIVE_LEADS: tuple[str, ...] = ("phấn đấu", "mục tiêu", "quyết tâm")

#: Words that open a sentence going on with the one before ("… năm 2023 phấn đấu …. Trong
#: đó, giá trị …"): the sentence takes the year of the one before.
SENTENCE_CONTINUERS: tuple[str, ...] = ("trong đó", "cụ thể", "theo đó")

#: Aspect markers after a subject ("huyện Di Linh đã thu …").
ASPECT_MARKERS: tuple[str, ...] = ("đã", "đang", "vừa")

#: Units whose value in a numbered line makes it a target, not a section title ("… 200 ha").
TITLE_VALUE_UNITS: tuple[str, ...] = ("ha", "tấn", "tỷ", "triệu", "người", "hộ")

#: Words that compare a value with a base year ("so với năm 2020", "giá so sánh năm 2010").
BASELINE_COMPARE_WORDS: tuple[str, ...] = ("so với", "so", "giá so sánh")

#: Words that open a span of years before a target ("giai đoạn 2021 - 2025", "từ năm 2018").
YEAR_SPAN_OPENERS: tuple[str, ...] = ("giai đoạn", "từ năm", "từ", "nhiệm kỳ", "thời kỳ")

#: Names that are only the word for the plan: the plan's figure printed beside a result
#: ("ước tăng 11,07% (KH tăng 8-9%)") takes the name of that result.
#: (lower case; matched case-insensitively)
PLAN_ONLY_NAMES: tuple[str, ...] = ("kh", "kế hoạch", "dự toán", "kh năm", "kế hoạch năm")

#: Words that say only how a rate runs (on average, each year, over the period): a clause
#: whose name is nothing else ("…, bình quân mỗi năm tăng 10%", "…, tăng bình quân hàng
#: năm trong giai đoạn này đạt 10 - 13%/năm") measures the subject named before it in the
#: sentence.  (lower case; any sequence of them, matched case-insensitively)
RATE_ONLY_WORDS: tuple[str, ...] = (
    "bình quân", "trung bình", "hàng năm", "hằng năm", "mỗi", "năm", "giai đoạn",
    "trong giai đoạn", "giai đoạn này", "trong giai đoạn này", "thời kỳ này",
    "trong thời kỳ này", "cả giai đoạn", "trong cả giai đoạn", "cả thời kỳ", "trong kỳ",
)

#: Prices a value is measured at ("giá so sánh năm 2010", "theo giá cố định 1994"): the year
#: after them is the base of the price series, part of the name, never the target's year.
PRICE_BASE_WORDS: tuple[str, ...] = ("giá so sánh", "giá cố định", "giá hiện hành",
                                     "giá thực tế")

#: Verbs of a relative clause that says which things a count counts ("60 doanh nghiệp … có
#: doanh thu … đạt 20 triệu USD/năm", "50 xã được công nhận …"): a figure inside that clause
#: is part of the count's name (and a record of its own, decision 20).
COUNT_QUALIFIERS: tuple[str, ...] = ("có", "được")

#: Words that open a collective subject before a value: "toàn Đoàn thực hiện 45 công trình
#: …", "các thôn văn hóa đạt 90% hộ gia đình …", "mỗi xã vận động 3 hộ …".  Such a subject
#: is who acts, not what is measured: when the words after the value name more than its
#: unit, they name the target (issue 12, brief H16N).
COLLECTIVE_SUBJECT_OPENERS: tuple[str, ...] = (
    "toàn", "các", "mỗi", "từng", "tất cả", "tất cả các", "cả",
)

#: Verbs that are themselves the measure ("Các dự án giải ngân 95% vốn …", "… tuyển sinh
#: 1.200 học viên"): after a collective subject they keep the name before the value.
COLLECTIVE_MEASURE_VERBS: tuple[str, ...] = (
    "giải ngân", "tuyển sinh", "thu", "tăng", "giảm",
)

#: Periods after "cả"/"các"/"mỗi" …: "Cả năm tuyển sinh …" tells when, not who.
COLLECTIVE_PERIOD_WORDS: tuple[str, ...] = (
    "năm", "năm học", "kỳ", "học kỳ", "nhiệm kỳ", "thời kỳ", "giai đoạn", "tháng", "quý",
    "tuần", "ngày",
)

#: Discourse words that open a sentence before its subject ("Đặc biệt, toàn huyện …",
#: "Ngoài ra, các xã …"): no part of a name.
DISCOURSE_OPENERS: tuple[str, ...] = (
    "đặc biệt", "ngoài ra", "bên cạnh đó", "mặt khác", "đồng thời", "nhất là",
)

#: Words right after a percentage that open the things it is a share of: "cập nhật 100% số
#: bà mẹ mang thai …", "100% các cơ sở …".  With no connector before the percentage
#: ("đạt", "là", ":"), what follows names the target, not the verbs before it.  ("tổng
#: số" is left out: "30% tổng số xã" is the base of a named share.)
SHARE_OF_COUNTED_WORDS: tuple[str, ...] = ("số", "các", "những")
