#include "demoemployees.h"

using namespace Qt::StringLiterals;

namespace opc::DemoEmployees {

const QList<DemoEmployee> &all()
{
    static const QList<DemoEmployee> employees{
        {1,
         u"Анна"_s,
         u"Смирнова"_s,
         u"Сергеевна"_s,
         u"Head of Sales"_s,
         u"101"_s,
         u"+7 916 123-45-01"_s,
         {},
         1},
        {2, u"Ivan"_s, u"Petrov"_s, {}, u"Sales"_s, u"105"_s, {}, u"+1 (415) 555-0105"_s, 1},
        {3, u"Мария"_s, u"Иванова"_s, u"Павловна"_s, u"Support"_s, u"110"_s, {}, {}, 2},
        {4, u"John"_s, u"Smith"_s, {}, u"Support lead"_s, u"111"_s, u"+44 20 7946 0111"_s, {}, 2},
        {5, u"Ольга"_s, u"Кузнецова"_s, {}, u"Accounting"_s, u"120"_s, {}, {}, 3},
        {6, u"Peter"_s, u"Müller"_s, {}, u"Logistics"_s, u"130"_s, {}, u"+49 30 901820"_s, 4},
        {7, u"Дмитрий"_s, u"Соколов"_s, u"Андреевич"_s, u"IT"_s, u"140"_s, u"+7 903 555-01-40"_s, {}, 5},
        {8, u"Emma"_s, u"Brown"_s, {}, u"Marketing"_s, u"150"_s, {}, {}, 6},
        {9, u"Сергей"_s, u"Попов"_s, {}, u"Sales"_s, u"106"_s, {}, {}, 1},
        {10, u"Laura"_s, u"García"_s, {}, u"Sales"_s, u"107"_s, u"+34 612 345 107"_s, {}, 1},
        {11, u"Алексей"_s, u"Волков"_s, u"Игоревич"_s, u"Director"_s, u"100"_s, {}, {}, 7},
        {12, u"Wei"_s, u"Chen"_s, {}, u"Support"_s, u"112"_s, {}, u"+86 10 5555 0112"_s, 2},
    };
    return employees;
}

const DemoEmployee *find(int id)
{
    for (const DemoEmployee &e : all())
        if (e.id == id)
            return &e;
    return nullptr;
}

QList<DemoEmployee> fromRestRecords(const QJsonArray &records)
{
    QList<DemoEmployee> list;
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        const auto str = [&](const QString &key) {
            const QJsonValue x = r.value(key);
            return x.isDouble() ? QString::number(x.toInteger()) : x.toString();
        };
        const int id = str(u"ID"_s).toInt();
        if (id > 0)
            list.append({id, str(u"NAME"_s), str(u"LAST_NAME"_s), str(u"SECOND_NAME"_s),
                         str(u"WORK_POSITION"_s), str(u"UF_PHONE_INNER"_s), str(u"PERSONAL_MOBILE"_s),
                         str(u"WORK_PHONE"_s), str(u"DEPARTMENT"_s).toInt()});
    }
    return list;
}

QJsonObject restRecord(const DemoEmployee &e, const QUrl &portalBase, const QString &imageResize)
{
    const QString file =
        imageResize.isEmpty() ? u"%1.png"_s.arg(e.id) : u"%1-%2.png"_s.arg(e.id).arg(imageResize);
    QUrl photo = portalBase;
    photo.setPath(u"/upload/demo/"_s + file);
    return {
        {u"ID"_s, QString::number(e.id)},
        {u"ACTIVE"_s, true},
        {u"NAME"_s, e.name},
        {u"LAST_NAME"_s, e.lastName},
        {u"SECOND_NAME"_s, e.secondName},
        {u"EMAIL"_s, u"user%1@demo.invalid"_s.arg(e.id)},
        {u"WORK_POSITION"_s, e.position},
        {u"UF_PHONE_INNER"_s, e.innerPhone},
        {u"PERSONAL_MOBILE"_s, e.mobilePhone},
        {u"WORK_PHONE"_s, e.workPhone},
        {u"PERSONAL_PHONE"_s, QString()},
        {u"PERSONAL_PHOTO"_s, photo.toString()},
        {u"UF_DEPARTMENT"_s, QJsonArray{e.department}},
        {u"IS_ONLINE"_s, u"Y"_s},
        {u"USER_TYPE"_s, u"employee"_s},
    };
}

QJsonArray toJson()
{
    QJsonArray list;
    for (const DemoEmployee &e : all())
        list.append(QJsonObject{
            {u"id"_s, e.id},
            {u"name"_s, e.name},
            {u"lastName"_s, e.lastName},
            {u"position"_s, e.position},
            {u"innerPhone"_s, e.innerPhone},
            {u"mobilePhone"_s, e.mobilePhone},
            {u"workPhone"_s, e.workPhone},
        });
    return list;
}

} // namespace opc::DemoEmployees
