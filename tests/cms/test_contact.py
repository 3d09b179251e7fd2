"""The contact form: clear errors and 400 on bad input, 429 when flooded, stored and e-mailed."""

from __future__ import annotations

import pytest
from django.core import mail

from cms.models import ContactSubmission

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Jonas Weber",
    "email": "jonas@weber-feinkost.example",
    "company": "Weber Feinkost GmbH",
    "message": "We would like to source 20 tonnes of Tellicherry pepper a year.",
    "website": "",
}


def post(client, contact, **changes):
    data = {**VALID, **changes}
    return client.post(contact.url, {k: v for k, v in data.items() if v is not None})


def test_contact_page_shows_a_labelled_form(client, contact):
    response = client.get(contact.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'for="id_name"' in html and 'for="id_message"' in html
    assert "csrfmiddlewaretoken" in html


def test_valid_message_is_stored_and_emailed_to_staff(
    client, contact, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, contact)
    assert response.status_code == 302
    assert response["Location"].endswith("/contact/?sent=1")
    submission = ContactSubmission.objects.get()
    assert submission.email == VALID["email"] and submission.page_id == contact.pk
    assert submission.ip_hash and "127.0.0.1" not in submission.ip_hash
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["staff@tradesetu.test"]
    assert "Jonas Weber" in mail.outbox[0].subject
    assert VALID["message"] in mail.outbox[0].body
    thanks = client.get(response["Location"])
    assert "Thank you" in thanks.content.decode()


def test_missing_field_is_a_400_with_the_error_on_that_field(client, contact):
    response = post(client, contact, name=None)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_name_error"' in html
    assert not ContactSubmission.objects.exists()
    assert not mail.outbox


def test_invalid_email_is_a_400(client, contact):
    response = post(client, contact, email="not-an-address")
    assert response.status_code == 400
    assert 'id="id_email_error"' in response.content.decode()
    assert not ContactSubmission.objects.exists()


def test_overlong_message_is_refused(client, contact):
    response = post(client, contact, message="x" * 4001)
    assert response.status_code == 400
    assert 'id="id_message_error"' in response.content.decode()
    assert not ContactSubmission.objects.exists()


def test_script_tags_are_stored_as_text_and_never_rendered_as_markup(
    client, contact, django_capture_on_commit_callbacks
):
    script = "<script>alert('x')</script> Please call me about pepper."
    # shown back in the form after an error: escaped
    response = post(client, contact, message=script, email="bad")
    html = response.content.decode()
    assert response.status_code == 400
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    # accepted: stored as typed, escaped in the staff e-mail
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, contact, message=script).status_code == 302
    assert ContactSubmission.objects.get().message == script
    html_mail = mail.outbox[0].alternatives[0][0]
    assert "<script>" not in html_mail
    assert "&lt;script&gt;" in html_mail


def test_honeypot_filled_in_is_rejected_and_not_stored(client, contact):
    response = post(client, contact, website="http://spam.example")
    assert response.status_code == 400
    assert "could not be sent" in response.content.decode()
    assert not ContactSubmission.objects.exists()
    assert not mail.outbox


def test_flooding_from_one_ip_gets_429_with_retry_after(client, contact):
    for _ in range(5):
        assert post(client, contact).status_code == 302
    response = post(client, contact)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many requests" in response.content.decode()
    assert ContactSubmission.objects.count() == 5
    other_ip = client.post(contact.url, VALID, REMOTE_ADDR="203.0.113.9")
    assert other_ip.status_code == 302


def test_contact_page_is_never_served_from_the_page_cache(client, contact):
    first, second = client.get(contact.url), client.get(contact.url)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
