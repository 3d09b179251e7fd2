"""Thin views of the public site: the contact form, robots.txt and the sitemap."""

from __future__ import annotations

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from marketplace.accounts.forms import apply_domain_error
from tradesetu import ratelimit
from tradesetu.errors import DomainError, RateLimited
from tradesetu.http import client_ip, user_agent

from . import services
from .forms import ContactForm
from .sitemaps import SITEMAPS


def contact_page(request, page):
    """GET shows the form (or the thank-you text after ``?sent=1``); POST stores and e-mails."""
    form = ContactForm(request.POST or None)
    status = 200
    if request.method == "POST":
        try:
            ratelimit.check("contact", client_ip(request))
        except RateLimited as error:
            form.errors.clear()
            form.add_error(None, error.message)
            response = _render_contact(request, page, form, status=429)
            response["Retry-After"] = str(error.retry_after)
            return response
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.contact_submission_create(
                    page=page,
                    name=data["name"],
                    email=data["email"],
                    company=data["company"],
                    message=data["message"],
                    honeypot=data["website"],
                    ip=client_ip(request),
                    user_agent=user_agent(request),
                    language=get_language() or "",
                )
            except DomainError as error:
                apply_domain_error(form, error)
            else:
                return redirect(page.get_url(request) + "?sent=1")
        status = 400
    return _render_contact(request, page, form, status=status)


def _render_contact(request, page, form, *, status: int):
    context = page.get_context(request)
    context.update({"form": form, "sent": request.GET.get("sent") == "1"})
    return TemplateResponse(request, page.get_template(request), context, status=status)


ROBOTS_DISALLOW = ["/admin/", "/api/", "/dashboard/", "/accounts/", "/i18n/"]


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOW]
    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            lines += [f"Disallow: /{code}/dashboard/", f"Disallow: /{code}/accounts/"]
    lines += ["", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def sitemap(request, section=None):
    return sitemap_views.sitemap(request, sitemaps=SITEMAPS, section=section)
