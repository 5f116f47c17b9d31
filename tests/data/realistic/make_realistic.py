#!/usr/bin/env python3
"""Writes the 'new user' files the import tests use: what a shop owner really brings.

- google_contacts.csv: Google Contacts "Export > Google CSV" (2024 layout), UTF-8 without BOM, LF ends.
- google_contacts_phone_labels.csv: the same layout with three phones a contact, labelled in English and (from a
  Chinese Google account) in Chinese: which number is the mobile is only in the "Phone N - Label" columns.
- 客户名单_gbk.csv: an Excel sheet in Chinese saved as "CSV (逗号分隔)" on Chinese Windows: GBK, CRLF.
- phone_contacts.vcf: an Android phone's "Export to .vcf": vCard 2.1, QUOTED-PRINTABLE UTF-8, CRLF.
Run it from this folder; the files are committed, so the tests do not need Python.
"""
import csv, io

GOOGLE_HEADER = ("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                 "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
                 "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
                 "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,"
                 "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,"
                 "Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,"
                 "Website 1 - Value").split(",")

def google_row(**kw):
    row = dict.fromkeys(GOOGLE_HEADER, "")
    row.update({k.replace("_", " "): v for k, v in kw.items()})
    return [row[h] for h in GOOGLE_HEADER]

google = [
    google_row(**{"First Name": "Olivia", "Last Name": "Martin", "Organization Name": "Harbor Bakery",
                  "Organization Title": "Owner", "Birthday": "1984-03-09", "Labels": "* myContacts ::: Wholesale",
                  "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "olivia@harborbakery.com",
                  "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+1 415-555-0132",
                  "Address 1 - Label": "Work", "Address 1 - Formatted": "12 Pier St\nSan Francisco, CA 94111",
                  "Address 1 - Street": "12 Pier St", "Address 1 - City": "San Francisco",
                  "Address 1 - Region": "CA", "Address 1 - Postal Code": "94111", "Address 1 - Country": "US",
                  "Website 1 - Label": "Work", "Website 1 - Value": "https://harborbakery.com"}),
    google_row(**{"First Name": "Liam", "Last Name": "O'Brien", "Birthday": "--07-21",
                  "Notes": "Met at the spring fair.\nPrefers phone calls.", "Labels": "* myContacts ::: * starred",
                  "E-mail 1 - Label": "* Home", "E-mail 1 - Value": "liam.obrien@example.com ::: liam@obrien.ie",
                  "Phone 1 - Label": "Home", "Phone 1 - Value": "(415) 555-0199"}),
    google_row(**{"First Name": "Ana", "Last Name": "García", "Organization Name": "Harbor Bakery",
                  "Organization Title": "Manager", "Labels": "* myContacts ::: Wholesale ::: VIP",
                  "E-mail 1 - Label": "* Work", "E-mail 1 - Value": "ana@harborbakery.com",
                  "Phone 1 - Label": "Work", "Phone 1 - Value": "+1 415-555-0100",
                  "Phone 2 - Label": "Mobile", "Phone 2 - Value": "+1 415-555-0177"}),
    # Same person again with the address in upper case: a duplicate inside the file.
    google_row(**{"First Name": "Olivia", "Last Name": "Martin", "E-mail 1 - Label": "* Other",
                  "E-mail 1 - Value": "OLIVIA@HarborBakery.com", "Labels": "* myContacts"}),
    google_row(**{"Organization Name": "Pine & Co. Supplies", "E-mail 1 - Label": "* Work",
                  "E-mail 1 - Value": "orders@pineco.example", "Phone 1 - Label": "Work",
                  "Phone 1 - Value": "+1 415-555-0150", "Labels": "* myContacts ::: Suppliers"}),
    google_row(**{"First Name": "Chloé", "Last Name": "Dubois", "E-mail 1 - Label": "* Work",
                  "E-mail 1 - Value": "chloe.dubois@@example.fr", "Labels": "* myContacts"}),   # bad email
    google_row(**{"E-mail 1 - Label": "* Other", "E-mail 1 - Value": "noname@example.com",
                  "Labels": "* myContacts"}),                                                  # no name at all
    google_row(**{"First Name": "Noah", "Last Name": "Kim", "Birthday": "31/02/1990",
                  "E-mail 1 - Value": "noah.kim@example.com"}),                                # impossible date
    google_row(**{"First Name": "=HYPERLINK(\"http://x\")", "Last Name": "Test",
                  "E-mail 1 - Value": "formula@example.com"}),                                 # formula-looking name
    google_row(**{"First Name": "明", "Last Name": "李", "Organization Name": "星辰科技",
                  "E-mail 1 - Value": "liming@xingchen.cn", "Phone 1 - Label": "Mobile",
                  "Phone 1 - Value": "+86 138 0013 8000", "Labels": "* myContacts ::: 重要客户"}),
]
with open("google_contacts.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(GOOGLE_HEADER)
    w.writerows(google)

LABELS_HEADER = GOOGLE_HEADER[:GOOGLE_HEADER.index("Address 1 - Label")] + ["Phone 3 - Label", "Phone 3 - Value"] + \
    GOOGLE_HEADER[GOOGLE_HEADER.index("Address 1 - Label"):]

def labels_row(**kw):
    row = dict.fromkeys(LABELS_HEADER, "")
    row.update(kw)
    return [row[h] for h in LABELS_HEADER]

labelled = [
    labels_row(**{"First Name": "Emma", "Last Name": "Wilson", "Labels": "* myContacts",
                  "E-mail 1 - Label": "Home", "E-mail 1 - Value": "emma@home.example",
                  "E-mail 2 - Label": "* Work", "E-mail 2 - Value": "emma@wilson-design.example",
                  "Phone 1 - Label": "Work", "Phone 1 - Value": "+1 212-555-0101",
                  "Phone 2 - Label": "Mobile", "Phone 2 - Value": "+1 917-555-0102"}),
    labels_row(**{"First Name": "Noah", "Last Name": "Brown", "Labels": "* myContacts",
                  "E-mail 1 - Label": "* Other", "E-mail 1 - Value": "noah.brown@example.com",
                  "Phone 1 - Label": "Mobile", "Phone 1 - Value": "+1 917-555-0111",
                  "Phone 2 - Label": "Home", "Phone 2 - Value": "+1 212-555-0112"}),
    labels_row(**{"First Name": "芳", "Last Name": "王", "Organization Name": "北京华信贸易",
                  "E-mail 1 - Label": "* 工作", "E-mail 1 - Value": "wangfang@huaxin.example",
                  "Phone 1 - Label": "住宅", "Phone 1 - Value": "010-6552 0101",
                  "Phone 2 - Label": "手机", "Phone 2 - Value": "138 0013 8101",
                  "Phone 3 - Label": "工作", "Phone 3 - Value": "010-6552 0199"}),
    labels_row(**{"First Name": "伟", "Last Name": "张", "E-mail 1 - Value": "zhangwei@example.cn",
                  "Phone 1 - Label": "手机", "Phone 1 - Value": "139 0013 8202"}),
    labels_row(**{"First Name": "Sofia", "Last Name": "Rossi", "E-mail 1 - Value": "sofia@rossi.example",
                  "Phone 1 - Label": "Work Fax", "Phone 1 - Value": "+1 212-555-0130",
                  "Phone 2 - Label": "Work", "Phone 2 - Value": "+1 212-555-0131",
                  "Phone 3 - Label": "* Mobile", "Phone 3 - Value": "+1 917-555-0132"}),
    labels_row(**{"First Name": "静", "Last Name": "陈", "E-mail 1 - Value": "chenjing@example.cn",
                  "Phone 1 - Label": "手机", "Phone 1 - Value": "+86 139 0000 0001 ::: +86 139 0000 0002"}),
    labels_row(**{"First Name": "Lucas", "Last Name": "Meyer", "E-mail 1 - Value": "lucas@meyer.example",
                  "Phone 1 - Label": "Home", "Phone 1 - Value": "+49 30 5555 0141",
                  "Phone 2 - Label": "* Work", "Phone 2 - Value": "+49 30 5555 0142"}),
]
with open("google_contacts_phone_labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(LABELS_HEADER)
    w.writerows(labelled)

excel = [
    ["姓名", "公司", "电话", "邮箱", "地址", "生日", "备注"],
    ["张伟", "北京星辰科技有限公司", "010-6552 8888", "zhangwei@xingchen.cn", "北京市朝阳区建国路88号", "1985年4月12日", "老客户，月结"],
    ["王芳", "北京星辰科技有限公司", "010-6552 8888", "wangfang@xingchen.cn", "北京市朝阳区建国路88号", "1990/7/1", "同一座机，不是同一个人"],
    ["李娜", "上海海鸥贸易公司", "１３９ ００１３ ９０００", "lina@haiou.com.cn", "上海市浦东新区世纪大道100号, 5楼", "1978-11-30", "全角号码"],
    ["刘洋", "深圳龙腾电子厂", "0755-12345678", "liuyang@longteng", "广东省深圳市南山区", "", "邮箱不完整"],
    ["陈静", "", "13700137000", "", "杭州市西湖区", "不详", "生日不详"],
    ["", "广州南方物流有限公司", "020-87654321", "info@nanfang-wuliu.cn", "广州市天河区", "", "只有公司"],
    ["赵磊", "上海海鸥贸易公司", "+86 139 0013 9001", "zhaolei@haiou.com.cn", "上海市浦东新区", "1988-2-29", "地址里有\n换行"],
    ["张 伟", "北京星辰科技有限公司", "", "ZhangWei@XingChen.cn", "", "", "重复：姓名带空格，邮箱大写"],
    ["", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
]
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(excel)
with open("客户名单_gbk.csv", "wb") as f:
    f.write(buf.getvalue().encode("gbk"))

def qp(text):
    out = "".join(c if (c.isascii() and c.isalnum()) or c in " .,-@" else "".join("=%02X" % b for b in c.encode("utf-8")) for c in text)
    lines, line = [], ""
    for piece in [out[i:i + 3] if out[i] == "=" else out[i] for i in range(len(out)) if i == 0 or out[i - 1] != "=" and (i < 2 or out[i - 2] != "=")]:
        if len(line) + len(piece) > 70:
            lines.append(line + "=")
            line = ""
        line += piece
    lines.append(line)
    return "\r\n".join(lines)

cards = []
def card(*props):
    cards.append("BEGIN:VCARD\r\nVERSION:2.1\r\n" + "".join(p + "\r\n" for p in props) + "END:VCARD\r\n")

card("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("刘") + ";" + qp("德华") + ";;;",
     "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("刘德华"),
     "TEL;CELL;PREF:+86 135-0013-5000", "TEL;WORK:021-6888 1234",
     "EMAIL;HOME:liudehua@example.hk",
     "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("天星影业") + ";" + qp("市场部"),
     "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("市场总监"),
     "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("每年中秋送月饼，喜欢普洱茶。不要在周一上午打电话，他在开周会。"),
     "ADR;WORK;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;" + qp("南京西路1266号") + ";" + qp("上海") + ";;200040;" + qp("中国"),
     "BDAY:1961-09-27",
     "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Andy;1;;;;;;;;;;;;;")
card("N:Nguyen;Thi Mai;;;", "FN:Thi Mai Nguyen", "TEL;CELL:0912 345 678", "EMAIL;WORK:mai.nguyen@example.vn",
     "NOTE;ENCODING=QUOTED-PRINTABLE:Supplier of rice paper =E2=80=93 pays in 30 days.=0D=0A=\r\nCall before noon.")
card("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;;;", "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("顺丰速运（门店）"),
     "TEL;WORK:95338")
card("N:;;;;", "TEL;CELL:13800000000")   # a number with no name: listed, not imported
card("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("刘") + ";" + qp("德华") + ";;;",
     "TEL;CELL:+8613500135000")          # the first card again, saved twice on the phone
with open("phone_contacts.vcf", "wb") as f:
    f.write("".join(cards).encode("ascii"))
