#include "phpquery.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opc::PhpQuery {
namespace {

void encodeValue(const QString &key, const QJsonValue &value, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            encodeValue(key + u'[' + it.key() + u']', it.value(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            encodeValue(key + u'[' + QString::number(i) + u']', a.at(i), out);
        return;
    }
    QString text;
    if (value.isBool())
        text = value.toBool() ? u"Y"_s : u"N"_s;
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 17);
    else
        text = value.toString();
    out << QString::fromLatin1(QUrl::toPercentEncoding(key, "[]")) + u'=' +
            QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// {"0": a, "1": b} -> [a, b], recursively: PHP's lists arrive as indexed keys.
QJsonValue listify(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    QJsonArray list;
    bool sequential = !o.isEmpty();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = listify(it.value());
    for (qsizetype i = 0; sequential && i < o.size(); ++i) {
        // Keys sort as strings ("10" < "2"), so look each index up instead of walking in order.
        const auto it = o.constFind(QString::number(i));
        sequential = it != o.constEnd();
        if (sequential)
            list.append(it.value());
    }
    return sequential ? QJsonValue(list) : QJsonValue(o);
}

void insertPath(QJsonObject &root, const QStringList &path, const QString &value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    QStringList rest = path.mid(1);
    if (rest.first().isEmpty()) // "key[]": append
        rest.first() = QString::number(child.size());
    insertPath(child, rest, value);
    root.insert(path.first(), child);
}

} // namespace

QString encode(const QJsonObject &params)
{
    QStringList parts;
    for (auto it = params.begin(); it != params.end(); ++it)
        encodeValue(it.key(), it.value(), parts);
    return parts.join(u'&');
}

QJsonObject decode(const QString &query)
{
    QJsonObject root;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const auto decode = [](QString s) {
            return QUrl::fromPercentEncoding(s.replace(u'+', u' ').toUtf8());
        };
        const QString key = decode(pair.left(eq < 0 ? pair.size() : eq));
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        // "a[b][c]" -> ["a", "b", "c"]
        QStringList path{key.section(u'[', 0, 0)};
        for (qsizetype open = key.indexOf(u'['); open >= 0; open = key.indexOf(u'[', open + 1)) {
            const qsizetype close = key.indexOf(u']', open);
            if (close < 0)
                break;
            path << key.mid(open + 1, close - open - 1);
        }
        if (!path.first().isEmpty())
            insertPath(root, path, value);
    }
    QJsonObject out;
    for (auto it = root.begin(); it != root.end(); ++it)
        out.insert(it.key(), listify(it.value()));
    return out;
}

} // namespace opc::PhpQuery
