"""Reads for the public site: listings, related posts, live figures, translations and menus."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.utils import translation
from wagtail.models import Locale, Page

from marketplace.companies.models import Company

from .models import (
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    ContactPage,
    HomePage,
    StandardPage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
)

TRUST_FIGURES_CACHE_KEY = "cms:trust-figures"
TRUST_FIGURES_TIMEOUT = 10 * 60


# --------------------------------------------------------------------------- blog


def _blog_index_posts(index: BlogIndexPage) -> QuerySet[BlogPage]:
    """Live posts of a blog index; a translated index also lists the default language's posts
    that are not translated into its language yet (rather than fewer posts or none)."""
    posts = BlogPage.objects.live().public().child_of(index)
    if index.locale.language_code == settings.LANGUAGE_CODE:
        return posts
    original = index.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if original is None:
        return posts
    untranslated = (
        BlogPage.objects.live()
        .public()
        .child_of(original)
        .exclude(translation_key__in=posts.values("translation_key"))
    )
    return posts | untranslated


def blog_posts(
    *, index: BlogIndexPage, category: BlogCategory | None = None, tag=None
) -> QuerySet[BlogPage]:
    posts = (
        _blog_index_posts(index)
        .select_related("author", "category", "image", "locale")
        .order_by("-date", "-pk")
    )
    if category is not None:  # the category or its translation (posts may keep the original)
        posts = posts.filter(category__translation_key=category.translation_key)
    if tag is not None:
        posts = posts.filter(tagged_items__tag=tag)
    return posts


def blog_categories(*, index: BlogIndexPage) -> QuerySet[BlogCategory]:
    """Categories that live posts of this blog use."""
    live_posts = _blog_index_posts(index)
    return BlogCategory.objects.filter(posts__in=live_posts).distinct().order_by("name")


def blog_category_by_slug(*, index: BlogIndexPage, slug: str) -> BlogCategory | None:
    """The category in the blog's language, else in any language (untranslated categories)."""
    categories = BlogCategory.objects.filter(slug=slug)
    return categories.filter(locale_id=index.locale_id).first() or categories.first()


def blog_related_posts(*, post: BlogPage, limit: int = 3) -> list[BlogPage]:
    """Posts in the same language sharing the most tags, then the category, newest first.

    When fewer than ``limit`` posts are related, the newest other posts fill the list.
    """
    tag_ids = [tag.pk for tag in post.tags.all()]
    candidates = (
        BlogPage.objects.live()
        .public()
        .filter(locale_id=post.locale_id)
        .exclude(pk=post.pk)
        .select_related("image", "author", "locale")
    )
    same_category = (
        Case(When(category_id=post.category_id, then=Value(1)), default=Value(0))
        if post.category_id
        else Value(0)
    )
    related = list(
        candidates.annotate(
            shared_tags=Count(
                "tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True
            ),
            same_category=same_category,
        )
        .filter(Q(shared_tags__gt=0) | Q(same_category=1))
        .order_by("-shared_tags", "-same_category", "-date", "-pk")[:limit]
    )
    if len(related) < limit:
        taken = [p.pk for p in related]
        related += list(
            candidates.exclude(pk__in=taken).order_by("-date", "-pk")[: limit - len(related)]
        )
    return related


# --------------------------------------------------------------------------- success stories


def success_stories(*, index: SuccessStoryIndexPage) -> QuerySet[SuccessStoryPage]:
    """The stories under the index; a translated index whose stories are not translated yet
    lists the original language's stories rather than none."""
    stories = _stories_under(index)
    if index.locale.language_code != settings.LANGUAGE_CODE and not stories.exists():
        original = index.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE)
        if original.exists():
            stories = _stories_under(original.get())
    return stories


def _stories_under(index) -> QuerySet[SuccessStoryPage]:
    return (
        SuccessStoryPage.objects.live()
        .public()
        .child_of(index)
        .select_related("image", "supplier", "locale")
        .order_by("-featured", "-first_published_at", "-pk")
    )


def success_stories_for_block(*, count: int, featured_only: bool = False) -> list[SuccessStoryPage]:
    """Stories for the home page block, in the active language (English when it has none)."""
    for locale in _active_then_default_locale():
        stories = SuccessStoryPage.objects.live().public().filter(locale=locale)
        if featured_only:
            stories = stories.filter(featured=True)
        found = list(
            stories.select_related("image", "locale").order_by("-featured", "-first_published_at")[
                :count
            ]
        )
        if found:
            return found
    return []


def success_stories_for_supplier(*, company: Company) -> QuerySet[SuccessStoryPage]:
    """Stories that name the supplier, for its public profile (in the active language first)."""
    return (
        SuccessStoryPage.objects.live()
        .public()
        .filter(supplier=company)
        .select_related("image")
        .order_by("-featured", "-first_published_at")
    )


# --------------------------------------------------------------------------- live figures


def trust_figures() -> dict[str, int]:
    """Counts on the home page: verified suppliers, buyers and the buyers' countries, blocked
    companies left out (cached for ten minutes)."""

    def compute() -> dict[str, int]:
        companies = Company.objects.filter(is_blocked=False)
        buyers = companies.filter(kind=Company.Kind.BUYER)
        return {
            "suppliers": companies.filter(kind=Company.Kind.SELLER, is_verified=True).count(),
            "buyers": buyers.count(),
            "buyer_countries": buyers.exclude(country="").values("country").distinct().count(),
        }

    return cache.get_or_set(TRUST_FIGURES_CACHE_KEY, compute, TRUST_FIGURES_TIMEOUT)


# --------------------------------------------------------------------------- languages and menus


def _active_then_default_locale() -> list[Locale]:
    codes = [translation.get_language() or settings.LANGUAGE_CODE, settings.LANGUAGE_CODE]
    locales = {loc.language_code: loc for loc in Locale.objects.filter(language_code__in=codes)}
    ordered = []
    for code in dict.fromkeys(codes):
        if code in locales:
            ordered.append(locales[code])
    return ordered


def home_for_language(language_code: str | None = None) -> HomePage | None:
    """The live home page in a language, else the default language's."""
    codes = [language_code or translation.get_language() or "", settings.LANGUAGE_CODE]
    homes = {
        home.locale.language_code: home
        for home in HomePage.objects.live()
        .filter(locale__language_code__in=codes)
        .select_related("locale")
    }
    for code in codes:
        if code in homes:
            return homes[code]
    return None


@dataclass(frozen=True)
class Alternate:
    language: str
    url: str
    page: Page | None = None


def page_translations(page: Page) -> dict[str, Page]:
    """Live, public translations of a page (itself included), by language code."""
    pages = (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
        .defer_streamfields()
    )
    return {p.locale.language_code: p for p in pages}


def page_alternates(page: Page, request=None) -> list[Alternate]:
    """hreflang alternates of a page: each live translation with its absolute URL, then x-default
    (the default language's version) when there is one."""
    content_languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    translations = page_translations(page)
    alternates = []
    for code in content_languages:
        if code in translations:
            url = translations[code].get_full_url(request)
            if url:
                alternates.append(Alternate(code, url, translations[code]))
    default = next((a for a in alternates if a.language == settings.LANGUAGE_CODE), None)
    if default and len(alternates) > 1:
        alternates.append(Alternate("x-default", default.url, default.page))
    return alternates


def _translated_ancestors(page: Page) -> dict[str, Page]:
    """For each language, the nearest ancestor of the page (its home page at the farthest) that
    is live in that language: where the switcher leads when the page itself is not translated."""
    ancestors = list(page.get_ancestors().filter(depth__gte=2).order_by("-depth"))
    if not ancestors:
        return {}
    rank = {a.translation_key: n for n, a in enumerate(ancestors)}
    found: dict[str, Page] = {}
    for candidate in sorted(
        Page.objects.live()
        .public()
        .filter(translation_key__in=list(rank))
        .select_related("locale"),
        key=lambda p: rank[p.translation_key],
    ):
        found.setdefault(candidate.locale.language_code, candidate)
    return found


def language_links(page: Page | None, request) -> list[dict]:
    """Language switcher entries: the same page in each language when it is translated, else the
    nearest translated page above it (marked ``fallback``, so the visitor knows the page itself
    is not in that language); outside Wagtail pages, the same URL under the language's prefix."""
    from django.urls import translate_url

    current = translation.get_language()
    translations = page_translations(page) if page is not None and page.pk else {}
    ancestors = None
    links = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        fallback = False
        if code in translations:
            url = translations[code].get_url(request)
        elif page is not None:
            fallback = True
            if ancestors is None:
                ancestors = _translated_ancestors(page) if page.pk else {}
            nearest = ancestors.get(code)
            url = nearest.get_url(request) if nearest is not None else None
            url = url or ("/" if code == settings.LANGUAGE_CODE else f"/{code}/")
        else:
            url = translate_url(request.get_full_path(), code) if request else "/"
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "current": code == current,
                "bidi": info["bidi"],
                "fallback": fallback,
            }
        )
    return links


def menu_pages(*, show_in: str = "menus") -> list[Page]:
    """Top-level pages of the site for the header (``show_in_menus``) or the footer (standard and
    contact pages), each in the active language when translated. Read when a menu is rendered,
    which ``cms_tags`` does once per process and page-cache generation."""
    home = home_for_language(settings.LANGUAGE_CODE)
    if home is None:
        return []
    children = home.get_children().live().public().specific().defer_streamfields()
    if show_in == "menus":
        children = children.filter(show_in_menus=True)
    else:
        children = children.type(StandardPage, ContactPage)
    pages = list(children)
    language = translation.get_language()
    if language and language != settings.LANGUAGE_CODE and pages:
        localized = {
            p.translation_key: p
            for p in Page.objects.live()
            .public()
            .filter(
                translation_key__in=[p.translation_key for p in pages],
                locale__language_code=language,
            )
        }
        pages = [localized.get(p.translation_key, p) for p in pages]
    return pages
