#include "permissionprompt.h"

#include "portal/permissionpolicy.h"
#include "portal/portaltrust.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace opc {

PermissionPrompt::PermissionPrompt(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void PermissionPrompt::setTrust(PortalTrust *trust)
{
    if (m_trust)
        disconnect(m_trust, nullptr, this, nullptr);
    m_queue.clear();
    if (m_box)
        m_box->deleteLater();
    m_box = nullptr;
    m_trust = trust;
    if (!trust)
        return;
    connect(trust, &PortalTrust::permissionQuestion, this,
            [this](QWebEnginePage *page, const QUrl &origin, QWebEnginePage::Feature feature) {
                enqueue({page, origin, feature, false});
            });
    connect(trust, &PortalTrust::clipboardQuestion, this, [this](QWebEnginePage *page, const QUrl &document) {
        Question question{page, document, QWebEnginePage::Notifications, true};
        for (const Question &waiting : std::as_const(m_queue)) {
            if (waiting.sameAs(question))
                return; // one question however often the page tried
        }
        enqueue(question);
    });
    connect(trust, &PortalTrust::permissionQuestionCanceled, this, &PermissionPrompt::cancel);
}

void PermissionPrompt::enqueue(const Question &question)
{
    m_queue.append(question);
    if (!m_box)
        showNext();
}

void PermissionPrompt::cancel(QWebEnginePage *page, const QUrl &origin, QWebEnginePage::Feature feature)
{
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        const Question &q = m_queue.at(i);
        if (!q.clipboard && q.page == page && q.origin == origin && q.feature == feature) {
            m_queue.removeAt(i);
            if (i == 0 && m_box) {
                m_box->disconnect(this);
                m_box->deleteLater();
                m_box = nullptr;
                showNext();
            }
        }
    }
}

void PermissionPrompt::showNext()
{
    while (!m_queue.isEmpty() && !m_queue.constFirst().page)
        m_queue.removeFirst();
    if (m_queue.isEmpty() || !m_trust)
        return;
    const Question &q = m_queue.constFirst();
    m_box = new QMessageBox(QMessageBox::Question, tr("Permission"),
                            q.clipboard ? PermissionPolicy::clipboardQuestion(q.origin.host())
                                        : PermissionPolicy::question(q.origin.host(), q.feature),
                            QMessageBox::NoButton, m_window);
    m_box->setObjectName(u"permissionPrompt"_s);
    m_box->setInformativeText(q.clipboard ? tr("The console remembers your answer for this portal. After "
                                               "allowing it, copy again.")
                                          : tr("The console remembers your answer for this portal."));
    QPushButton *allow = m_box->addButton(tr("Allow"), QMessageBox::AcceptRole);
    allow->setObjectName(u"allow"_s);
    QPushButton *block = m_box->addButton(tr("Block"), QMessageBox::RejectRole);
    block->setObjectName(u"block"_s);
    m_box->setDefaultButton(block);
    m_box->setEscapeButton(block);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_box, &QMessageBox::buttonClicked, this,
            [this, allow](QAbstractButton *button) { answer(button == allow); });
    m_box->open();
}

void PermissionPrompt::answer(bool allow)
{
    if (m_queue.isEmpty())
        return;
    const Question asked = m_queue.takeFirst();
    const auto apply = [this, allow](const Question &q) {
        if (!m_trust)
            return;
        if (q.clipboard)
            m_trust->answerClipboard(q.origin, allow);
        else
            m_trust->answer(q.page, q.origin, q.feature, allow);
    };
    apply(asked);
    // The same question from other pages (a pop-up of the portal) gets the same answer.
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        if (m_queue.at(i).sameAs(asked)) {
            apply(m_queue.at(i));
            m_queue.removeAt(i);
        }
    }
    if (m_box)
        m_box->disconnect(this);
    m_box = nullptr; // it closes and deletes itself (WA_DeleteOnClose)
    showNext();
}

} // namespace opc
