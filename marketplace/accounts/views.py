"""Web views for accounts: thin wrappers around ``services``."""

from __future__ import annotations

from base64 import b32encode
from functools import wraps

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from marketplace.companies.selectors import company_for_user
from tradesetu import ratelimit
from tradesetu.errors import DomainError, RateLimited
from tradesetu.http import client_ip

from . import selectors, services, twofactor
from .forms import (
    EmailChangeForm,
    EmailForm,
    LoginForm,
    PasswordResetForm,
    SignupForm,
    TokenForm,
    apply_domain_error,
)
from .models import User


def signup(request):
    if request.user.is_authenticated:
        return redirect("accounts:dashboard")
    initial = {"role": request.GET.get("role", "buyer")}
    form = SignupForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ratelimit.check("signup", client_ip(request))
            services.user_register(
                email=data["email"],
                password=data["password1"],
                role=data["role"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                phone=data["phone"],
                company_name=data["company_name"],
                country=data["country"] or "",
                language=get_language() or "",
                accept_terms=data["accept_terms"],
            )
        except DomainError as error:
            apply_domain_error(form, error, {"password": "password1"})
        else:
            request.session["signup_email"] = data["email"]
            return redirect("accounts:signup_done")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/signup.html", {"form": form}, status=status)


def signup_done(request):
    return render(
        request, "accounts/signup_done.html", {"email": request.session.get("signup_email", "")}
    )


def verify(request, token: str):
    try:
        user = services.email_verify(token=token)
    except DomainError as error:
        return render(
            request,
            "accounts/verify_failed.html",
            {"error": error, "form": EmailForm()},
            status=400,
        )
    if request.user.is_authenticated:
        messages.success(request, _("Thank you, %(email)s is verified.") % {"email": user.email})
        return redirect("accounts:settings")
    # the login page says so itself (one message, not a flash message as well)
    return redirect(reverse("accounts:login") + "?verified=1")


def verify_resend(request):
    form = EmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.email_verification_resend(email=form.cleaned_data["email"], request=request)
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            messages.info(
                request,
                _("If an unverified account uses this address, a new link is on its way."),
            )
            return redirect("accounts:login")
    return render(request, "accounts/verify_resend.html", {"form": form})


def login_view(request):
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.user_authenticate(
                request=request,
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
            context = {"form": form, "next": next_url, "error_code": error.code}
            return render(request, "accounts/login.html", context, status=error.status)
        if twofactor.twofactor_enabled(user):
            request.session[PENDING_2FA] = {"user_id": user.pk, "next": next_url}
            return redirect("accounts:2fa_verify")
        login(request, user, backend="marketplace.accounts.backends.EmailBackend")
        return redirect(next_url or "accounts:dashboard")
    return render(request, "accounts/login.html", {"form": form, "next": next_url})


PENDING_2FA = "2fa_pending"


def _safe_next(request, url: str) -> str:
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


def twofactor_verify(request):
    """Second step of a login (or of entering the admin): an authenticator or recovery code."""
    pending = request.session.get(PENDING_2FA)
    if request.user.is_authenticated:
        user = request.user
        if user.is_verified():
            return redirect(
                _safe_next(request, request.GET.get("next", "")) or "accounts:dashboard"
            )
    elif pending:
        user = User.objects.filter(pk=pending["user_id"], is_active=True).first()
    else:
        user = None
    if user is None:
        return redirect("accounts:login")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            ratelimit.check("otp_verify", str(user.pk), limit=10, window=900)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            device = twofactor.twofactor_match(user=user, token=form.cleaned_data["token"])
            if device is None:
                form.add_error("token", _("That code is not correct."))
            else:
                next_url = _safe_next(
                    request, request.GET.get("next", "") or (pending or {}).get("next", "")
                )
                if not request.user.is_authenticated:
                    login(request, user, backend="marketplace.accounts.backends.EmailBackend")
                    request.session.pop(PENDING_2FA, None)
                otp_login(request, device)
                return redirect(next_url or "accounts:dashboard")
    status = 400 if form.errors else 200
    return render(request, "accounts/2fa_verify.html", {"form": form}, status=status)


@login_required
def twofactor_setup(request):
    """Add an authenticator app: scan the QR code, confirm a code, keep the recovery codes."""
    device_id = request.session.get("2fa_setup_device")
    device = TOTPDevice.objects.filter(pk=device_id, user=request.user, confirmed=False).first()
    if device is None or (request.method == "GET" and request.GET.get("restart")):
        device = twofactor.totp_device_start(user=request.user)
        request.session["2fa_setup_device"] = device.pk
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = twofactor.totp_device_confirm(
                user=request.user, device=device, token=form.cleaned_data["token"], request=request
            )
        except DomainError as error:
            apply_domain_error(form, error)
        else:
            request.session.pop("2fa_setup_device", None)
            otp_login(request, TOTPDevice.objects.get(pk=device.pk))
            next_url = _safe_next(request, request.GET.get("next", ""))
            return render(request, "accounts/2fa_codes.html", {"codes": codes, "next": next_url})
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    context = {
        "form": form,
        "qr_svg": image.to_string(encoding="unicode"),
        "secret": b32encode(device.bin_key).decode(),
        "required": request.user.is_staff,
    }
    return render(request, "accounts/2fa_setup.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def twofactor_disable(request):
    try:
        twofactor.twofactor_disable(
            user=request.user, password=request.POST.get("password", ""), request=request
        )
    except DomainError as error:
        messages.error(request, error.fields.get("password", [error.message])[0])
    else:
        messages.success(request, _("Two-factor authentication is off."))
    return redirect("accounts:settings")


@require_POST
def logout_view(request):
    logout(request)
    messages.info(request, _("You are logged out."))
    return redirect("/")


def role_required(role: str):
    """Only users with ``role`` (buyer / seller) may open the view; others get 403."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapper(request, *args, **kwargs):
            if role not in request.user.roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


@login_required
def dashboard(request):
    user = request.user
    if user.is_seller:
        return redirect("accounts:seller_dashboard")
    if user.is_buyer:
        return redirect("accounts:buyer_dashboard")
    if user.is_staff:
        return redirect("wagtailadmin_home")
    return redirect("accounts:settings")


@role_required("seller")
def seller_dashboard(request):
    from marketplace.catalog.selectors import seller_products
    from marketplace.companies.selectors import onboarding_progress
    from marketplace.leads.selectors import inbox_counts, seller_inbox

    company = company_for_user(request.user, kind="seller")
    context = {"company": company}
    if company is not None:
        context.update(
            progress=onboarding_progress(company),
            product_count=seller_products(company).count(),
            lead_counts=inbox_counts(company),
            recent_leads=seller_inbox(company)[:5],
        )
    return render(request, "dashboards/seller.html", context)


@role_required("buyer")
def buyer_dashboard(request):
    from marketplace.leads.selectors import buyer_rfqs

    context = {
        "company": company_for_user(request.user, kind="buyer"),
        "recent_rfqs": buyer_rfqs(request.user)[:5],
    }
    return render(request, "dashboards/buyer.html", context)


@login_required
def account_settings(request):
    email_form = EmailChangeForm(request.POST or None)
    if request.method == "POST" and email_form.is_valid():
        try:
            services.email_change_request(
                user=request.user,
                new_email=email_form.cleaned_data["new_email"],
                password=email_form.cleaned_data["password"],
            )
        except DomainError as error:
            apply_domain_error(email_form, error)
        else:
            messages.success(
                request,
                _(
                    "We sent a confirmation link to %(email)s. Your address changes once you open it."
                )
                % {"email": email_form.cleaned_data["new_email"]},
            )
            return redirect("accounts:settings")
    sessions = selectors.user_sessions_active(user=request.user)
    context = {
        "email_form": email_form,
        "twofactor_enabled": twofactor.twofactor_enabled(request.user),
        "sessions": sessions,
        "current_session": request.session.get("device_id", ""),
    }
    status = 400 if email_form.errors else 200
    return render(request, "accounts/settings.html", context, status=status)


@login_required
@require_POST
def session_revoke(request, session_id):
    try:
        services.session_revoke(user=request.user, session_id=str(session_id))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The device has been signed out."))
    if str(session_id) == request.session.get("device_id"):
        return redirect("accounts:login")
    return redirect("accounts:settings")


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "emails/password_reset.txt"
    html_email_template_name = "emails/password_reset.html"
    subject_template_name = "emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        try:
            ratelimit.check(
                "password_reset", client_ip(self.request), form.cleaned_data["email"].lower()
            )
        except RateLimited as error:
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        services.login_failures_clear(email=self.user.email)  # a reset lifts the lockout
        return super().form_valid(form)


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        messages.success(self.request, _("Your password has been changed."))
        return super().form_valid(form)
