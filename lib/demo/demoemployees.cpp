#include "demoemployees.h"

#include <QJsonDocument>
#include <QRegularExpression>

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
         1,
         {}},
        {2, u"Ivan"_s, u"Petrov"_s, {}, u"Sales"_s, u"105"_s, {}, u"+1 (415) 555-0105"_s, 1, {}},
        {3, u"Мария"_s, u"Иванова"_s, u"Павловна"_s, u"Support"_s, u"110"_s, {}, {}, 2, {}},
        {4, u"John"_s, u"Smith"_s, {}, u"Support lead"_s, u"111"_s, u"+44 20 7946 0111"_s, {}, 2, {}},
        {5, u"Ольга"_s, u"Кузнецова"_s, {}, u"Accounting"_s, u"120"_s, {}, {}, 3, {}},
        {6, u"Peter"_s, u"Müller"_s, {}, u"Logistics"_s, u"130"_s, {}, u"+49 30 901820"_s, 4, {}},
        {7, u"Дмитрий"_s, u"Соколов"_s, u"Андреевич"_s, u"IT"_s, u"140"_s, u"+7 903 555-01-40"_s, {}, 5, {}},
        {8, u"Emma"_s, u"Brown"_s, {}, u"Marketing"_s, u"150"_s, {}, {}, 6, {}},
        {9, u"Сергей"_s, u"Попов"_s, {}, u"Sales"_s, u"106"_s, {}, {}, 1, {}},
        {10, u"Laura"_s, u"García"_s, {}, u"Sales"_s, u"107"_s, u"+34 612 345 107"_s, {}, 1, {}},
        {11, u"Алексей"_s, u"Волков"_s, u"Игоревич"_s, u"Director"_s, u"100"_s, {}, {}, 7, {}},
        {12, u"Wei"_s, u"Chen"_s, {}, u"Support"_s, u"112"_s, {}, u"+86 10 5555 0112"_s, 2, {}},
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
                         str(u"WORK_PHONE"_s), str(u"DEPARTMENT"_s).toInt(), str(u"PERSONAL_PHONE"_s)});
    }
    return list;
}

QByteArray jsArrayToJson(QStringView js, qsizetype bracket)
{
    const qsizetype n = js.size();
    if (bracket < 0 || bracket >= n || js[bracket] != u'[')
        return {};
    QString out;
    int depth = 0;
    const auto dropTrailingComma = [&out] {
        const QString trimmed = out.trimmed();
        if (trimmed.endsWith(u','))
            out = trimmed.chopped(1);
    };
    for (qsizetype i = bracket; i < n;) {
        const QChar c = js[i];
        if (c.isSpace()) {
            ++i;
        } else if (js.mid(i).startsWith(u"//")) {
            const qsizetype end = js.indexOf(u'\n', i);
            i = end < 0 ? n : end;
        } else if (js.mid(i).startsWith(u"/*")) {
            const qsizetype end = js.indexOf(u"*/", i + 2);
            if (end < 0)
                return {};
            i = end + 2;
        } else if (c == u'\'' || c == u'"') {
            QString value;
            for (++i; i < n && js[i] != c; ++i) {
                if (js[i] == u'\\' && i + 1 < n) {
                    const QChar e = js[++i];
                    if (e == u'u' || e == u'x')
                        return {};
                    value += e == u'n' ? u'\n' : e == u't' ? u'\t' : e;
                } else {
                    value += js[i];
                }
            }
            if (i++ >= n)
                return {};
            const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            out += QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
        } else if (c.isLetter() || c == u'_' || c == u'$') {
            qsizetype end = i;
            while (end < n && (js[end].isLetterOrNumber() || js[end] == u'_' || js[end] == u'$'))
                ++end;
            const QString word = js.mid(i, end - i).toString();
            qsizetype next = end;
            while (next < n && js[next].isSpace())
                ++next;
            if (next < n && js[next] == u':')
                out += u'"' + word + u'"';
            else if (word == u"true" || word == u"false" || word == u"null")
                out += word;
            else
                return {}; // an expression: not data
            i = end;
        } else if (c.isDigit() || c == u'-' || c == u'.') {
            while (i < n && (js[i].isLetterOrNumber() || js[i] == u'.' || js[i] == u'-' || js[i] == u'+'))
                out += js[i++];
        } else if (c == u'[' || c == u'{') {
            ++depth;
            out += js[i++];
        } else if (c == u']' || c == u'}') {
            dropTrailingComma();
            out += js[i++];
            if (--depth == 0)
                return out.toUtf8();
        } else if (c == u',' || c == u':') {
            out += js[i++];
        } else {
            return {};
        }
    }
    return {};
}

QList<DemoEmployee> fromPortalScript(const QString &script)
{
    static const QRegularExpression start(u"\\b(?:const|let|var)\\s+employees\\s*=\\s*\\["_s);
    const auto m = start.match(script);
    if (!m.hasMatch())
        return {};
    const QByteArray json = jsArrayToJson(script, m.capturedEnd() - 1);
    return fromRestRecords(QJsonDocument::fromJson(json).array());
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
        {u"PERSONAL_PHONE"_s, e.personalPhone},
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
            {u"personalPhone"_s, e.personalPhone},
        });
    return list;
}

} // namespace opc::DemoEmployees
