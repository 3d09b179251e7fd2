"""Sellers and leads: redaction while locked, unlock by credit or plan exactly once (also under
50 concurrent clicks), expiry, claims with refunds, buyer outcomes, and who may see what."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from billing.entitlements import EntitlementDenied
from billing.selectors import credit_balance
from marketplace.audit.models import AuditEvent
from marketplace.leads import selectors, services
from marketplace.leads.models import RFQ, BadLeadClaim, Lead
from tradesetu.errors import Conflict, NotFound

from .factories import buyer, give_credits, make_premium, owner_of, post_rfq, verified_seller

pytestmark = pytest.mark.django_db

CONTACT_NOTES = "Call me on +49 30 901820 or write to jonas@weber.example, see www.weber.example"


@pytest.fixture
def world(tree, plans):
    sellers = [verified_seller(tree["pepper"], name=f"Pepper House {n}") for n in range(4)]
    user = buyer(first_name="Jonas", last_name="Weber", email="jonas@weber.example")
    rfq = post_rfq(user, tree["pepper"], max_sellers=3, notes=CONTACT_NOTES)
    leads = {lead.company_id: lead for lead in Lead.objects.filter(rfq=rfq)}
    shared = [s for s in sellers if s.pk in leads]
    left_out = next(s for s in sellers if s.pk not in leads)
    return {"rfq": rfq, "buyer": user, "shared": shared, "left_out": left_out, "leads": leads}


def lead_of(world, company):
    return world["leads"][company.pk]


class TestRedaction:
    def test_locked_lead_shows_summary_and_trust_but_no_contact(self, world):
        seller = world["shared"][0]
        card = selectors.lead_card(lead_of(world, seller))
        assert not card.unlocked
        assert card.buyer_email is None and card.buyer_phone is None and card.buyer_name is None
        assert card.buyer_company is None and card.attachments == []
        assert (
            "901820" not in card.notes
            and "jonas@" not in card.notes
            and "weber.example" not in card.notes
        )
        assert card.trust_score == world["rfq"].trust_score
        assert (card.unlocked_count, card.shared_count) == (0, 3)

    def test_lead_page_and_api_never_leak_a_locked_contact(self, world, client, api_client):
        seller = world["shared"][0]
        lead = lead_of(world, seller)
        client.force_login(owner_of(seller))
        html = client.get(f"/dashboard/seller/leads/{lead.pk}/").content.decode()
        assert (
            "jonas@weber.example" not in html and "901820" not in html and "Weber GmbH" not in html
        )
        api_client.force_authenticate(owner_of(seller))
        data = api_client.get(f"/api/v1/leads/{lead.pk}").json()
        assert (
            data["buyer_email"] is None
            and data["buyer_phone"] is None
            and data["buyer_company"] is None
        )
        assert "901820" not in str(data)
        listing = api_client.get("/api/v1/leads").json()
        assert "jonas" not in str(listing)

    def test_inbox_page_and_api_say_how_many_sellers_unlocked(self, world, client, api_client):
        first, second = world["shared"][:2]
        give_credits(first)
        services.lead_unlock(lead=lead_of(world, first).pk, actor=owner_of(first))
        api_client.force_authenticate(owner_of(second))
        (row,) = api_client.get("/api/v1/leads").json()["results"]
        assert (row["unlocked_count"], row["shared_count"]) == (1, 3)
        client.force_login(owner_of(second))
        html = client.get("/dashboard/seller/leads/").content.decode()
        assert "<td>1 / 3</td>" in html

    def test_a_seller_never_opens_a_lead_not_shared_with_it(self, world, client, api_client):
        lead = lead_of(world, world["shared"][0])
        stranger = owner_of(world["left_out"])
        client.force_login(stranger)
        assert client.get(f"/dashboard/seller/leads/{lead.pk}/").status_code == 404
        assert client.post(f"/dashboard/seller/leads/{lead.pk}/unlock/").status_code == 404
        api_client.force_authenticate(stranger)
        assert api_client.get(f"/api/v1/leads/{lead.pk}").status_code == 404
        assert api_client.post(f"/api/v1/leads/{world['rfq'].public_id}/unlock").status_code == 404
        assert api_client.get("/api/v1/leads").json()["count"] == 0

    def test_a_buyer_cannot_read_another_buyers_rfq(self, world, client, api_client):
        other = buyer()
        client.force_login(other)
        assert client.get(f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/").status_code == 404
        api_client.force_authenticate(other)
        assert api_client.get(f"/api/v1/rfqs/{world['rfq'].public_id}").status_code == 404


class TestUnlock:
    def test_unlock_with_a_credit_reveals_contact_and_is_audited(self, world):
        seller = world["shared"][0]
        give_credits(seller, 2)
        lead = services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))
        assert lead.unlock_via == Lead.Via.CREDIT and lead.credit_operation
        assert credit_balance(seller) == 1
        card = selectors.lead_card(lead)
        assert card.buyer_email == "jonas@weber.example" and "901820" in card.notes
        assert AuditEvent.objects.filter(action="lead.unlock", entity_id=str(lead.pk)).count() == 1
        # unlocking again costs nothing
        services.lead_unlock(lead=lead, actor=owner_of(seller))
        assert credit_balance(seller) == 1

    def test_without_credits_the_refusal_names_the_limit(self, world):
        seller = world["shared"][0]
        with pytest.raises(EntitlementDenied) as exc:
            services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))
        assert "credits" in exc.value.message
        assert exc.value.fields["how_to_lift"]

    def test_premium_unlocks_by_plan_on_view_without_a_credit(self, world, plans):
        seller = world["shared"][1]
        make_premium(seller, plans)
        before = credit_balance(seller)
        lead = services.lead_view(lead=lead_of(world, seller), actor=owner_of(seller))
        assert lead.is_unlocked and lead.unlock_via == Lead.Via.PLAN
        assert credit_balance(seller) == before

    def test_expired_lead_cannot_be_unlocked_and_housekeeping_marks_it(self, world):
        seller = world["shared"][0]
        give_credits(seller, 1)
        Lead.objects.filter(pk=lead_of(world, seller).pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )
        with pytest.raises(Conflict) as exc:
            services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))
        assert exc.value.code == "lead_expired"
        assert services.leads_expire_due() == 1
        assert Lead.objects.get(pk=lead_of(world, seller).pk).status == Lead.Status.EXPIRED
        assert credit_balance(seller) == 1

    def test_closed_rfq_cannot_be_unlocked(self, world):
        seller = world["shared"][0]
        give_credits(seller, 1)
        services.rfq_close(rfq=world["rfq"], buyer=world["buyer"])
        with pytest.raises(Conflict):
            services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))

    def test_unlock_by_rfq_id_through_the_api(self, world, api_client):
        seller = world["shared"][2]
        give_credits(seller, 1)
        api_client.force_authenticate(owner_of(seller))
        response = api_client.post(f"/api/v1/leads/{world['rfq'].public_id}/unlock")
        assert response.status_code == 200
        assert response.json()["buyer_email"] == "jonas@weber.example"
        again = api_client.post(f"/api/v1/leads/{world['rfq'].public_id}/unlock")
        assert again.status_code == 200
        assert credit_balance(seller) == 0


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_unlock_clicks_spend_one_credit(tree, plans):
    seller = verified_seller(tree["pepper"], name="Click Happy Exports")  # Free plan: 5 credits
    rfq = post_rfq(buyer(), tree["pepper"], max_sellers=1)
    lead = Lead.objects.get(rfq=rfq, company=seller)
    owner = owner_of(seller)
    barrier = threading.Barrier(50)
    results: list[str] = []

    def click():
        try:
            barrier.wait()
            services.lead_unlock(lead=lead.pk, actor=owner)
            results.append("ok")
        except Exception as exc:  # noqa: BLE001
            results.append(type(exc).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=click) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count("ok") == 50, results
    assert credit_balance(seller) == 4
    assert AuditEvent.objects.filter(action="lead.unlock").count() == 1


class TestClaims:
    def unlocked(self, world):
        seller = world["shared"][0]
        give_credits(seller, 1)
        return seller, services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))

    def test_approved_claim_refunds_the_credit_and_lowers_buyer_trust(self, world, staff):
        seller, lead = self.unlocked(world)
        assert credit_balance(seller) == 0
        before = world["rfq"].trust_score
        claim = services.claim_create(
            lead=lead,
            actor=owner_of(seller),
            reason="unreachable",
            evidence="Number not in service, e-mail bounced.",
        )
        services.claim_decide(claim=claim, staff=staff, approve=True)
        assert credit_balance(seller) == 1
        claim.refresh_from_db()
        assert claim.status == BadLeadClaim.Status.APPROVED
        newer = post_rfq(
            world["buyer"], world["rfq"].category, title="Cardamom 8mm", destination_country="FR"
        )
        assert newer.trust_score == before - 25
        with pytest.raises(Conflict):
            services.claim_decide(claim=claim, staff=staff, approve=True)
        assert credit_balance(seller) == 1  # the refund happened once

    def test_claim_window_is_72_hours_and_one_claim_per_lead(self, world, staff):
        seller, lead = self.unlocked(world)
        services.claim_create(
            lead=lead,
            actor=owner_of(seller),
            reason="spam",
            evidence="Advertising a course, not a buyer.",
        )
        with pytest.raises(Conflict):
            services.claim_create(
                lead=lead,
                actor=owner_of(seller),
                reason="spam",
                evidence="Second report of the same.",
            )
        other = world["shared"][1]
        give_credits(other, 1)
        late = services.lead_unlock(lead=lead_of(world, other), actor=owner_of(other))
        Lead.objects.filter(pk=late.pk).update(unlocked_at=timezone.now() - timedelta(hours=73))
        with pytest.raises(Conflict) as exc:
            services.claim_create(
                lead=late.pk, actor=owner_of(other), reason="fake", evidence="Fake company name."
            )
        assert exc.value.code == "claim_window_closed"

    def test_rejection_needs_a_reason_and_only_staff_decide(self, world, staff):
        seller, lead = self.unlocked(world)
        claim = services.claim_create(
            lead=lead, actor=owner_of(seller), reason="fake", evidence="Looks like a competitor."
        )
        with pytest.raises(Exception):  # noqa: B017
            services.claim_decide(claim=claim, staff=owner_of(seller), approve=True)
        with pytest.raises(services.ValidationFailed):
            services.claim_decide(claim=claim, staff=staff, approve=False)
        services.claim_decide(
            claim=claim, staff=staff, approve=False, reason="Buyer answered our call."
        )
        assert credit_balance(seller) == 0

    def test_locked_leads_cannot_be_claimed(self, world):
        seller = world["shared"][0]
        with pytest.raises(Conflict):
            services.claim_create(
                lead=lead_of(world, seller),
                actor=owner_of(seller),
                reason="fake",
                evidence="Never unlocked it.",
            )


class TestBuyerOutcomes:
    def test_award_marks_the_winner_and_refuses_outsiders(self, world):
        winner = world["shared"][0]
        with pytest.raises(services.ValidationFailed):
            services.rfq_award(rfq=world["rfq"], buyer=world["buyer"], company=world["left_out"])
        rfq = services.rfq_award(rfq=world["rfq"], buyer=world["buyer"], company=winner)
        assert rfq.status == RFQ.Status.AWARDED and rfq.awarded_to == winner
        with pytest.raises(Conflict):
            services.rfq_award(rfq=world["rfq"], buyer=world["buyer"], company=winner)

    def test_another_buyer_cannot_close_or_award(self, world):
        with pytest.raises(NotFound):
            services.rfq_close(rfq=world["rfq"], buyer=buyer())

    def test_buyer_sees_which_sellers_unlocked(self, world, client):
        seller = world["shared"][0]
        give_credits(seller, 1)
        services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))
        client.force_login(world["buyer"])
        html = client.get(f"/dashboard/buyer/rfqs/{world['rfq'].public_id}/").content.decode()
        assert seller.name in html and "Unlocked your contact" in html


class TestNotifications:
    def test_routing_follow_up_tells_sellers_and_buyer_once(self, world):
        from marketplace.notifications.models import Message

        services.rfq_notify_routed(rfq_id=world["rfq"].pk)
        services.rfq_notify_routed(rfq_id=world["rfq"].pk)
        lead_new = Message.objects.filter(event="lead.new", channel="email")
        assert lead_new.count() == 3
        assert {m.recipient_id for m in lead_new} == {owner_of(s).pk for s in world["shared"]}
        for message in lead_new:
            assert "jonas@weber.example" not in message.body and "901820" not in message.body
        assert Message.objects.filter(event="rfq.routed", recipient=world["buyer"]).count() >= 1

    def test_unlock_follow_up_tells_the_buyer(self, world, django_capture_on_commit_callbacks):
        from marketplace.notifications.models import Message

        seller = world["shared"][0]
        give_credits(seller, 1)
        with django_capture_on_commit_callbacks(execute=True):
            services.lead_unlock(lead=lead_of(world, seller), actor=owner_of(seller))
        message = Message.objects.get(event="lead.unlocked", channel="email")
        assert message.recipient == world["buyer"]
        assert seller.name in message.body


class TestInbox:
    """The seller's inbox: only its own leads, filters narrow them, the counts and the page total
    agree (the total comes from the status counts when only the status narrows it)."""

    @pytest.fixture
    def inbox(self, tree, plans):
        seller = verified_seller(tree["pepper"], name="Only Pepper House")
        other = verified_seller(tree["pepper"], name="Other Pepper House")
        for n, country in enumerate(["DE", "DE", "JP"]):
            post_rfq(
                buyer(email=f"buyer{n}@importer{n}.example"),
                tree["pepper"],
                title=f"Pepper lot {n}",
                destination_country=country,
                max_sellers=1 if n == 2 else 2,
            )
        return seller, other

    def page(self, client, seller, query=""):
        client.force_login(owner_of(seller))
        response = client.get(f"/dashboard/seller/leads/{query}")
        assert response.status_code == 200
        return response

    def test_counts_filters_and_totals_agree(self, client, inbox):
        seller, _other = inbox
        mine = Lead.objects.filter(company=seller)
        response = self.page(client, seller)
        assert response.context["page_obj"].paginator.count == mine.count()
        assert sum(response.context["counts"].values()) == mine.count()
        viewed = mine.first()
        viewed.status = Lead.Status.VIEWED
        viewed.save(update_fields=["status"])
        response = self.page(client, seller, "?status=new")
        assert response.context["page_obj"].paginator.count == mine.filter(status="new").count()
        germany = self.page(client, seller, "?country=DE").context["page_obj"]
        assert germany.paginator.count == mine.filter(rfq__destination_country="DE").count()
        assert all(lead["rfq__destination_country"] == "DE" for lead in germany)

    def test_a_seller_sees_only_its_own_leads(self, client, inbox):
        seller, other = inbox
        html = self.page(client, seller).content.decode()
        shown = {int(pk) for pk in re.findall(r"/dashboard/seller/leads/(\d+)/", html)}
        assert shown == set(Lead.objects.filter(company=seller).values_list("pk", flat=True))
        assert not shown & set(Lead.objects.filter(company=other).values_list("pk", flat=True))
        assert Lead.objects.filter(company=other).exists()  # there is something to hide

    def test_rows_show_each_lead_escaped_and_in_the_visitors_language(self, client, inbox, tree):
        seller, _other = inbox
        lead = Lead.objects.filter(company=seller, rfq__destination_country="DE").first()
        # stored text is escaped where it is shown, even if it got past the form's sanitising
        RFQ.objects.filter(pk=lead.rfq_id).update(title="<script>alert(1)</script> pepper")
        html = self.page(client, seller).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; pepper</a>" in html
        row = re.search(rf'<tr><td><a href="/dashboard/seller/leads/{lead.pk}/">.*?</tr>', html)
        assert row is not None
        shared = Lead.objects.filter(rfq_id=lead.rfq_id).count()
        assert "<td>Germany</td>" in row.group() and "<td>New</td>" in row.group()
        assert f"<td>0 / {shared}</td>" in row.group()
        assert f'<span class="muted">{tree["pepper"].name}</span>' in row.group()
        client.force_login(owner_of(seller))
        spanish = client.get("/es/dashboard/seller/leads/").content.decode()
        assert f'href="/es/dashboard/seller/leads/{lead.pk}/"' in spanish
        assert "<td>Alemania</td>" in spanish and "<td>Nueva</td>" in spanish

    def test_a_row_names_a_category_the_cached_choices_do_not_know(self, inbox, tree):
        """Row labels come from the inbox's cached filter choices; a category missing there
        (choices cached before a lead was replaced) is read rather than left out."""
        from django.utils import translation

        from marketplace.leads.templatetags.leads_tags import inbox_rows

        seller, _other = inbox
        with translation.override("en"):  # the labels are in the language of the request
            rows = inbox_rows(selectors.inbox_page_leads(seller), {})
        label = f'<span class="muted">{tree["pepper"].name}</span>'
        # every lead of the seller (which seller wins the one-seller RFQ varies) has its label
        assert rows.count(label) == Lead.objects.filter(company=seller).count() >= 2

    def test_compiled_pages_match_the_orm_for_every_combination_of_filters(self, inbox, tree):
        """The page and the API read the inbox through queries compiled once per combination of
        filters; each must give the rows, order and total the ORM query gives."""
        import itertools
        from datetime import date
        from decimal import Decimal

        from django.core.paginator import Paginator

        seller, _other = inbox
        Lead.objects.filter(company=seller).update(status=Lead.Status.VIEWED)
        post_rfq(buyer(email="late@importer.example"), tree["pepper"], destination_country="JP")
        counts = selectors.inbox_counts(seller)
        values = {
            "status": "viewed",
            "category_id": tree["pepper"].parent_id,
            "country": "DE",
            "quantity_min": Decimal("10"),
            "quantity_max": Decimal("100000.5"),
            "since": date(2020, 1, 1),
            "until": date(2100, 1, 1),
            "trust_min": 0,
        }
        nonempty = 0
        for size in range(len(values) + 1):
            for names in itertools.combinations(values, size):
                filters = selectors.InboxFilters(**{name: values[name] for name in names})
                orm = Paginator(selectors.inbox_page_leads(seller, filters), 1)
                for given in (counts, None):
                    compiled = Paginator(selectors.InboxRows(seller, filters, given), 1)
                    assert compiled.count == orm.count, names
                    for number in compiled.page_range:
                        page = list(compiled.page(number).object_list)
                        assert page == list(orm.page(number).object_list), (names, number)
                nonempty += orm.count > 0
        assert nonempty > 100  # most combinations find leads: the comparison means something

    def test_cached_filter_form_follows_new_leads_and_what_was_asked(self, client, inbox, tree):
        seller, _other = inbox
        html = self.page(client, seller).content.decode()
        assert '<option value="DE">Germany</option>' in html
        assert '<option value="FR">' not in html
        post_rfq(
            buyer(email="buyer9@importer9.example"),
            tree["pepper"],
            title="Pepper for Lyon",
            destination_country="FR",
            max_sellers=2,
        )
        assert Lead.objects.filter(company=seller, rfq__destination_country="FR").exists()
        html = self.page(client, seller).content.decode()
        assert '<option value="FR">France</option>' in html  # a new lead: new choices
        wrong = self.page(client, seller, "?trust_min=500").content.decode()
        assert 'id="id_trust_min_error"' in wrong  # the error belongs to that query only
        assert 'value="500"' in wrong
        right = self.page(client, seller, "?trust_min=50").content.decode()
        assert 'id="id_trust_min_error"' not in right and 'value="50"' in right

    def test_total_is_counted_when_other_filters_apply(self):
        counts = {"new": 3, "viewed": 1, "unlocked": 2}
        assert selectors.inbox_total(selectors.InboxFilters(), counts) == 6
        assert selectors.inbox_total(selectors.InboxFilters(status="viewed"), counts) == 1
        assert selectors.inbox_total(selectors.InboxFilters(country="DE"), counts) is None
        assert selectors.inbox_total(selectors.InboxFilters(trust_min=0), counts) is None
