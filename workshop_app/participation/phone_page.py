"""The phone page's own words (resources/phone/), in the room's language.

The page is plain HTML and script written in English; it asks ``/api/strings`` for
this table (English -> the room's language) and shows each word through it, English
where the table has nothing. The state tells the page which language it is in, so a
page open while the facilitator changes the room's language asks again.
"""

from __future__ import annotations

from ..i18n import speaking_output, tr

#: Every text of index.html (white space as one space) and phone.js, in English.
PAGE_WORDS: tuple[str, ...] = (
    # index.html
    "Join the meeting",
    "Type the code shown on the screen at the front of the room.",
    "Code",
    "Join",
    "No name is asked and none is kept. What you send is read by the facilitator before "
    "anyone else sees it.",
    "This is a…",
    "Your idea",
    "What you send shows on the screen at once, without your name.",
    "Send",
    "Park it for later",
    "Which organisation are you with? (optional)",
    "I would rather not say",
    "Only so a vote can show when one sector disagrees. It is not kept with your answers.",
    "Watch the screen: nothing to send from phones in this part.",
    "You sent",
    # phone.js
    "Type the code shown on the screen.",
    "Could not join. Try again.",
    "Cannot reach the meeting. Are you on the room's Wi-Fi?",
    "Connection lost: reconnecting…",
    "The meeting has a new code, or it has closed. Join again.",
    "The meeting is not open to phones now.",
    "The meeting will start in a moment.",
    "Dots to place: {size} · left: {left}",
    "Received: {what}",
    "Received",
    "Sending…",
    "Not counted",
    "Still: {what}",
    "Could not send that.",
    "Not sent: tap again when the connection is back",
    "Write something first.",
    "For later: {text}",
    "Waiting to send again…",
    "Not sent",
    "Not sent yet: will send when the connection is back",
    "{n} characters left",
)


@speaking_output()
def page_strings() -> dict[str, object]:
    """The page's words in the room's language: ``{"language": code, "words": {...}}``
    (only the words that differ from the English)."""
    from ..i18n import current_language

    words = {english: tr("PhonePage", english) for english in PAGE_WORDS}
    return {
        "language": current_language(),
        "words": {english: said for english, said in words.items() if said != english},
    }


@speaking_output()
def refusal(message: str, values: dict[str, object] | None = None) -> str:
    """A refusal sent to a phone (a :class:`~.room.RoomError`'s English) in the room's
    language."""
    text = tr("Phone", message)
    return text.format(**values) if values else text
