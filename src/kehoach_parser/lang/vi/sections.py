"""Vocabulary of section headings: semantic kinds and the heading-versus-item rule."""

from __future__ import annotations

#: Kind of a level-1 section, found by keywords in its title (lower case, NFC).
#: Order matters: a title that joins two ("MỤC TIÊU, CHỈ TIÊU", "NỘI DUNG VÀ CHỈ TIÊU")
#: takes the first kind whose keywords it contains.
SECTION_KIND_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("targets", ("mục tiêu", "chỉ tiêu")),
    ("tasks", ("nhiệm vụ", "giải pháp", "phương hướng")),
    ("content", ("nội dung",)),
    ("purpose", ("mục đích", "yêu cầu", "ý nghĩa")),
    # "phạm vi" names the subjects only beside "đối tượng" ("PHẠM VI, ĐỐI TƯỢNG"): alone it
    # is the scope of a legal text or a place ("Phạm vi điều chỉnh", "PHẠM VI KHU KINH TẾ")
    ("subjects", ("đối tượng",)),
    ("timeline", ("thời gian", "tiến độ", "lộ trình", "thời hạn")),
    ("rewards", ("khen thưởng", "danh hiệu", "hình thức khen")),
    # ("Điều khoản thi hành", "Hiệu lực thi hành": when the text takes effect and what it
    # replaces, not who carries it out) name no kind of this table: they are "other".
    ("implementation", ("tổ chức thực hiện", "tổ chức, thực hiện", "trách nhiệm thực hiện",
                        "phân công")),
    ("theme", ("chủ đề", "khẩu hiệu")),
)

#: Words that open the title of a review of what was done ("KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
#: …", "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ …", "TÌNH HÌNH …"): such a part has kind
#: "other" whatever topic words follow (every train and dev gold heading opening so has).
#: Lower case.
REVIEW_TITLE_OPENERS: tuple[str, ...] = ("kết quả", "đánh giá", "tình hình")

#: Words that open an action (an item), not a topic, at the start of a numbered line
#: "LABEL TEXT: …" ("Giao Phòng …: …", "Đề nghị …").  Lower case.
ACTION_OPENERS: tuple[str, ...] = (
    "giao", "đề nghị", "tham mưu", "căn cứ", "yêu cầu các", "yêu cầu thủ trưởng",
    "chủ trì", "phối hợp", "ủy quyền", "chỉ đạo các", "đôn đốc", "kiến nghị", "báo cáo",
    "hướng dẫn các", "trình", "ban hành", "tổ chức thực hiện", "triển khai thực hiện",
    "thực hiện", "hoàn thành", "đảm bảo", "bảo đảm", "xây dựng kế hoạch", "tiếp tục",
)

#: Verbs that open a task sentence ("1. Tăng cường công tác tuyên truyền."): a short
#: numbered line with a final stop opening with one is an item, not a topic over its
#: paragraph.  Lower case.
TASK_SENTENCE_VERBS: tuple[str, ...] = (
    "tăng cường", "đẩy mạnh", "nâng cao", "tổ chức", "triển khai", "xây dựng", "duy trì",
    "kiểm tra", "rà soát", "phấn đấu", "củng cố", "tập trung", "khuyến khích", "vận động",
    "huy động", "hỗ trợ", "phát huy", "đổi mới", "tuyên truyền", "chủ động", "quan tâm",
    "làm tốt", "thực hiện tốt", "phối hợp", "chỉ đạo", "tiếp tục", "hoàn thiện", "kiện toàn",
    "cải thiện", "giảm", "tăng", "mở rộng", "bồi dưỡng", "đào tạo", "theo dõi", "giám sát",
)

#: Requests addressed to a body ("Đề nghị Ủy ban MTTQ …", "Giao Phòng …"): a numbered line
#: opening with one is an item whatever its punctuation (upper-case parts excepted).
REQUEST_OPENERS: tuple[str, ...] = (
    "giao", "đề nghị", "tham mưu", "kiến nghị", "ủy quyền", "uỷ quyền",
)

#: "LABEL Về <topic>: body": a topic opened so is a heading title whatever its length
#: (up to HEADING_MAX_WORDS).  Lower case; a space must follow the word.
TOPIC_OPENERS: tuple[str, ...] = ("về", "đối với")

#: Verbs by which an article of a decision or resolution enacts ("Điều 1. Phê duyệt Kế hoạch
#: …", "Điều 1. Bãi bỏ Nghị quyết số …"): such an article is an operative clause, an item,
#: not a titled article ("Điều 1. Phạm vi điều chỉnh").  Lower case; "quy định" is left out
#: ("Điều 2. Quy định mức học phí …" titles an article).
ENACTING_VERBS: tuple[str, ...] = (
    "phê duyệt", "ban hành", "bãi bỏ", "thống nhất", "phân bổ", "sửa đổi", "giao",
    "thông qua", "công nhận", "thành lập", "hủy bỏ", "huỷ bỏ", "chấp thuận", "tán thành",
    "phê chuẩn", "cho phép", "bổ nhiệm",
)

#: Words before a plural noun that closes a topic ("Ủy ban nhân dân các xã: Gia Thuận, Tân
#: Điền", "Các Bộ: Quốc phòng, Công an …"): the colon then names the members, it does not
#: open the body.  Lower case.
MEMBERS_NAMED_AFTER: tuple[str, ...] = ("các",)

#: Words that open the name of a body addressed by a request ("Đề nghị Ủy ban MTTQ xã",
#: "Giao Công an xã"): a request line standing alone with such an addressee is a heading
#: over that body's tasks.  Lower case.
ADDRESSEE_HEADS: tuple[str, ...] = (
    "ủy ban", "uỷ ban", "ubnd", "ubmttq", "mặt trận", "hội đồng", "hđnd", "sở", "ban", "phòng",
    "công an", "hội", "đoàn", "viện", "tòa án", "toà án", "chi cục", "cục", "liên đoàn",
    "trung tâm", "văn phòng", "đài", "bộ", "các sở", "các cơ quan", "các đơn vị",
    "các tổ chức", "các ban", "các đoàn thể", "trường", "bảo hiểm", "ngân hàng", "kho bạc",
    "chi nhánh", "tổng công ty", "công ty", "đảng ủy", "doanh nghiệp", "thông tấn",
    "các doanh nghiệp", "liên minh", "hiệp hội", "các hội", "viện kiểm sát",
)

#: Words that announce a target inside a heading ("Phấn đấu đạt …", "Tăng …").  Lower case.
TARGET_WORDS: tuple[str, ...] = ("phấn đấu", "đạt", "tăng", "giảm", "duy trì")

#: Words before the value after the colon of a target line ("Tổng vốn đầu tư: tăng 10%",
#: "Tỷ lệ hộ nghèo: giảm còn dưới 2%").  Lower case.
VALUE_LEAD_WORDS: tuple[str, ...] = (
    "đạt", "trên", "dưới", "khoảng", "từ", "tối thiểu", "tối đa", "tăng", "giảm", "còn",
    "không quá", "ít nhất", "hơn", "phấn đấu",
)

#: Verbs of a task that a named body opens a sentence with ("2. Sở Y tế chủ trì, phối hợp
#: với …", "4. Bộ trưởng Bộ Nông nghiệp và Môi trường khẩn trương hướng dẫn …"): such a
#: numbered line assigns a task, an item; "Bộ trưởng Bộ Tài chính chủ trì:" alone over its
#: tasks still names them.  Lower case.
BODY_TASK_VERBS: tuple[str, ...] = (
    "chủ trì", "phối hợp", "tổ chức", "tiếp nhận", "khẩn trương", "hướng dẫn", "triển khai",
    "thực hiện", "xây dựng", "theo dõi", "kiểm tra", "rà soát", "chỉ đạo", "tham mưu",
    "có trách nhiệm", "chịu trách nhiệm", "tiếp tục", "chủ động", "đôn đốc", "tập trung",
)
#: Words after such a verb that make the line a sentence rather than a short title.
BODY_TASK_MIN_WORDS = 5
#: Scale words of a sum of money ("96 tỷ đồng", "500 triệu đồng"): a numbered line holding
#: such a sum, or a share, states a target, not a heading.  Lower case.
TARGET_MONEY_SCALES: tuple[str, ...] = ("tỷ", "triệu")

#: A numbered line longer than this (in words) is a paragraph, not a heading.
HEADING_MAX_WORDS = 45
#: A numbered line ending in "." counts as a heading only if it is at most this long and
#: introduces a list (its next line is deeper or a bullet).
DOTTED_HEADING_MAX_WORDS = 16
#: In "LABEL TOPIC: body", TOPIC is a heading title when it has at most this many words.
TOPIC_MAX_WORDS = 14

#: Lines that end the body of a document (the footer begins here).
FOOTER_OPENERS: tuple[str, ...] = ("nơi nhận",)
