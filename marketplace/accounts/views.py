"""Web views for accounts: thin wrappers around ``services``."""

from __future__ import annotations

from functools import wraps

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

from marketplace.companies.selectors import company_for_user
from tradesetu import ratelimit
from tradesetu.errors import DomainError, RateLimited
from tradesetu.http import client_ip

from . import selectors, services
from .forms import (
    EmailChangeForm,
    EmailForm,
    LoginForm,
    PasswordResetForm,
    SignupForm,
    apply_domain_error,
)


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
    messages.success(request, _("Thank you, %(email)s is verified.") % {"email": user.email})
    if request.user.is_authenticated:
        return redirect("accounts:settings")
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
        login(request, user, backend="marketplace.accounts.backends.EmailBackend")
        return redirect(next_url or "accounts:dashboard")
    return render(request, "accounts/login.html", {"form": form, "next": next_url})


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
    company = company_for_user(request.user, kind="seller")
    return render(request, "dashboards/seller.html", {"company": company})


@role_required("buyer")
def buyer_dashboard(request):
    company = company_for_user(request.user, kind="buyer")
    return render(request, "dashboards/buyer.html", {"company": company})


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
