#include "DemoData.h"

namespace rapport::demo {
namespace {
std::vector<QString> words(const char* utf8)
{
    std::vector<QString> out;
    for (const QString& w : QString::fromUtf8(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        out.push_back(w);
    return out;
}
std::vector<Romanized> romanized(const char* utf8)
{
    std::vector<Romanized> out;
    for (const QString& pair : QString::fromUtf8(utf8).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        out.push_back({pair.section(QLatin1Char(':'), 0, 0), pair.section(QLatin1Char(':'), 1, 1)});
    return out;
}
} // namespace

std::uint64_t Random::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

const DemoPools& DemoPools::instance()
{
    static const DemoPools pools{
        words("Olivia|Liam|Emma|Noah|Ava|Oliver|Sophia|Elijah|Isabella|James|Mia|William|Amelia|Benjamin|Harper|Lucas|"
              "Evelyn|Henry|Abigail|Alexander|Emily|Daniel|Ella|Michael|Grace|Samuel|Chloe|David|Zoe|Joseph|Nora|"
              "Sean|Priya|Mateo|Fatima|Hiroshi|Ingrid|Kofi|Lena|Marco"),
        words("Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Wilson|Anderson|Taylor|"
              "Thomas|Moore|Jackson|Martin|Lee|Thompson|White|Harris|Clark|Lewis|Walker|Hall|Young|King|Wright|"
              "O'Brien|Murphy|Kowalski|Nguyen|Patel|Schmidt|Rossi|Dubois|Okafor|Lindqvist|Tanaka|Fernández"),
        romanized("王:wang|李:li|张:zhang|刘:liu|陈:chen|杨:yang|黄:huang|赵:zhao|吴:wu|周:zhou|徐:xu|孙:sun|马:ma|"
                  "朱:zhu|胡:hu|郭:guo|何:he|林:lin|罗:luo|高:gao|郑:zheng|梁:liang|谢:xie|宋:song|唐:tang|许:xu|"
                  "韩:han|冯:feng|邓:deng|曹:cao|欧阳:ouyang|司马:sima"),
        romanized("伟:wei|芳:fang|娜:na|敏:min|静:jing|丽:li|强:qiang|磊:lei|军:jun|洋:yang|勇:yong|艳:yan|杰:jie|"
                  "娟:juan|涛:tao|明:ming|超:chao|秀英:xiuying|明华:minghua|建国:jianguo|晓明:xiaoming|子涵:zihan|"
                  "欣怡:xinyi|浩然:haoran|雨桐:yutong|思远:siyuan|佳琪:jiaqi|志强:zhiqiang|海燕:haiyan|文博:wenbo"),
        words("Northwind|Blue Harbor|Maple|Summit|Riverside|Golden Gate|Oakridge|Silverline|Brightwater|Cedar|"
              "Evergreen|Harborview|Pioneer|Redwood|Lakeside|Sunrise|Granite|Willow|Bluebird|Ironbridge"),
        words("Traders|Supplies|Bakery|Studio|Consulting|Hardware|Design|Foods|Logistics|Dental|Florists|Print Shop|"
              "Coffee Roasters|Fitness|Books|Outfitters"),
        words("华兴|东方|长城|盛世|天成|金桥|新宇|恒通|永安|瑞丰|鸿运|明华|正泰|嘉禾|锦绣|海川|隆盛|博远"),
        words("贸易有限公司|科技有限公司|餐饮管理有限公司|文化传媒有限公司|电子商行|服装店|食品有限公司|设计工作室|"
              "物流有限公司|家居馆"),
        words("Seattle|Portland|Austin|Denver|Boston|Chicago|Toronto|Vancouver|London|Dublin|Sydney|Singapore|"
              "Berlin|Amsterdam|San Diego"),
        words("北京|上海|广州|深圳|杭州|成都|南京|武汉|苏州|西安|厦门|青岛|重庆|天津"),
        words("Main St|Oak Ave|Market St|High St|Harbour Rd|King St|Elm St|Park Ave|Mill Lane|Station Rd"),
        words("Owner|Purchasing Manager|Office Manager|CEO|Operations Lead|Store Manager|Marketing Director|"
              "Head Chef|Accountant|IT Administrator"),
        words("总经理|采购经理|行政主管|店长|市场总监|财务|运营主管|技术负责人"),
        words("Website|Referral|Trade fair|Walk-in|Social media|Cold call|Newsletter|Partner"),
        words("VIP|Wholesale|Retail|Newsletter|Referral partner|批发|老客户|重点客户"),
        words("Website redesign|Annual maintenance|Office chairs|Espresso machine|Catering package|Spring collection|"
              "Bulk order|Service contract|Store fit-out|Training workshop|Loyalty program|Printing job|Software licences|"
              "Event booth|Delivery contract"),
        words("年度维护合同|办公家具采购|开业活动策划|批量订单|网站改版|员工培训|门店装修|礼品定制|物流配送合同|"
              "设备租赁"),
        words("Price too high|Chose a competitor|No budget this year|Timing not right|Went silent|Requirements changed"),
        words("Invoice shows the wrong amount|Delivery arrived damaged|Cannot log in to the portal|Refund request|"
              "Item out of stock|Question about warranty|Wrong size delivered|Change of delivery address|"
              "Service was late|Complaint about staff"),
        words("发票金额有误|收到的货物有损坏|无法登录会员系统|申请退款|咨询保修政策|送货地址变更|服务迟到投诉|"
              "产品质量问题"),
        words("Discussed next order|Follow-up on quote|Checked satisfaction|Introduced new range|Agreed on delivery date|"
              "Left a voicemail|Negotiated volume discount|Sent brochure|Confirmed payment"),
        words("讨论下一批订单|报价跟进|回访满意度|介绍新产品|确认交货日期|洽谈批量折扣|发送产品手册|确认付款"),
        words("Send quote|Call back about delivery|Prepare contract|Check payment|Send thank-you note|Book a demo|"
              "Update price list|Follow up on complaint|Ask for a review|Renew service contract"),
    };
    return pools;
}

} // namespace rapport::demo
