"""Wagtail page types and snippets of the public site.

Tree (per language, under Wagtail's root):

    HomePage
      BlogIndexPage (one)        -> BlogPage
      SuccessStoryIndexPage (one) -> SuccessStoryPage
      StandardPage (about, terms, privacy, cookies, ...)
      ContactPage (one)

HomePage leaves ``subpage_types`` open on purpose: each child type names its parent with
``parent_page_types``, so pages of other apps (billing's pricing page, the catalog's category pages)
can live under the home page without this module listing them.
"""

from __future__ import annotations

import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtailseo.models import SeoMixin, SeoType, TwitterCard

from . import blocks as cms_blocks

WORDS_PER_MINUTE = 200
BLOG_PAGE_SIZE = 9


class SitePage(SeoMixin):
    """Base of every public page type: SEO fields, breadcrumbs, structured data, page cache."""

    # Pages showing a form (and so a CSRF token) or per-visitor content set this to False.
    cache_enabled = True

    promote_panels = SeoMixin.seo_panels

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        from .services import page_serve_cached

        return page_serve_cached(
            self, request, lambda: super(SitePage, self).serve(request, *args, **kwargs)
        )

    def clean(self):
        super().clean()
        # /es/, /ar/ ... belong to the languages: a page with such a slug could never be reached
        reserved = {code for code, _name in settings.LANGUAGES}
        if self.slug in reserved:
            raise ValidationError(
                {
                    "slug": _("“%(slug)s” is reserved for a language; choose another slug.")
                    % {"slug": self.slug}
                }
            )

    def breadcrumbs(self) -> list[Page]:
        """Pages from the language's home page down to this one."""
        return list(self.get_ancestors(inclusive=True).filter(depth__gte=2).specific())

    def structured_data(self, request) -> list[dict]:
        from . import seo

        return seo.page_structured_data(self, request)


# --------------------------------------------------------------------------- home


class HomePage(SitePage):
    """The site's root page in each language."""

    body = StreamField(cms_blocks.home_blocks(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    @property
    def hero(self):
        for block in self.body:
            if block.block_type == "hero":
                return block.value
        return None


# --------------------------------------------------------------------------- snippets


class BlogCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("blog category")
        verbose_name_plural = _("blog categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="cms_blogcategory_slug_unique")
        ]

    def __str__(self) -> str:
        return self.name


class BlogAuthor(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    bio = models.TextField(_("biography"), max_length=1000, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# --------------------------------------------------------------------------- blog


class BlogIndexPage(RoutablePageMixin, SitePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.BlogPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("blog index")

    def serve(self, request, *args, **kwargs):
        from .services import page_serve_cached

        return page_serve_cached(
            self, request, lambda: RoutablePageMixin.serve(self, request, *args, **kwargs)
        )

    def _listing(self, request, *, category=None, tag=None, title=None):
        from . import selectors

        posts = selectors.blog_posts(index=self, category=category, tag=tag)
        paginator = Paginator(posts, BLOG_PAGE_SIZE)
        try:
            posts_page = paginator.page(request.GET.get("page") or 1)
        except (PageNotAnInteger, EmptyPage):
            raise Http404 from None
        canonical = request.build_absolute_uri(request.path)
        if posts_page.number > 1:
            canonical += f"?page={posts_page.number}"
        self.canonical_url = canonical  # per request, never saved
        return self.render(
            request,
            context_overrides={
                "posts": posts_page,
                "category": category,
                "tag": tag,
                "listing_title": title,
                "categories": selectors.blog_categories(index=self),
            },
        )

    @path("")
    def post_list(self, request):
        return self._listing(request)

    @path("category/<str:slug>/")
    def post_list_by_category(self, request, slug):
        from . import selectors

        category = selectors.blog_category_by_slug(index=self, slug=slug)
        if category is None:
            raise Http404
        return self._listing(request, category=category, title=category.name)

    @path("tag/<str:slug>/")
    def post_list_by_tag(self, request, slug):
        from taggit.models import Tag

        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404
        return self._listing(request, tag=tag, title=tag.name)


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.BlogPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BlogPage(SitePage):
    date = models.DateField(_("post date"), default=timezone.localdate)
    intro = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in listings.")
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(cms_blocks.article_blocks(), verbose_name=_("body"))
    author = models.ForeignKey(
        BlogAuthor,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="posts",
    )
    category = models.ForeignKey(
        BlogCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="posts",
    )
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("category"), FieldPanel("tags")],
            heading=_("Post details"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["cms.BlogIndexPage"]
    subpage_types = []

    seo_content_type = SeoType.ARTICLE
    seo_twitter_card = TwitterCard.LARGE
    seo_description_sources = ["search_description", "intro"]
    seo_image_sources = ["og_image", "image"]

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    @cached_property
    def word_count(self) -> int:
        text = " ".join([self.title, self.intro, cms_blocks.stream_text(self.body)])
        return len(text.split())

    @property
    def reading_time(self) -> int:
        """Minutes to read the post at 200 words a minute; never less than one."""
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))

    @property
    def seo_author(self) -> str:
        return self.author.name if self.author else super().seo_author

    def related_posts(self, limit: int = 3):
        from . import selectors

        return selectors.blog_related_posts(post=self, limit=limit)


# --------------------------------------------------------------------------- success stories


class SuccessStoryIndexPage(SitePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.SuccessStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("success story index")

    def get_context(self, request, *args, **kwargs):
        from . import selectors

        context = super().get_context(request, *args, **kwargs)
        context["stories"] = selectors.success_stories(index=self)
        return context


class SuccessStoryPage(SitePage):
    summary = models.CharField(_("summary"), max_length=300)
    buyer_market = CountryField(_("buyer market"), help_text=_("Where the buyer is based."))
    product = models.CharField(_("product"), max_length=200)
    problem = RichTextField(_("the problem"), features=["bold", "italic", "link", "ul"])
    solution = RichTextField(_("the solution"), features=["bold", "italic", "link", "ul"])
    outcomes = StreamField(
        [("metric", cms_blocks.MetricBlock())],
        blank=True,
        verbose_name=_("outcome metrics"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    media = StreamField(
        [
            ("image", ImageChooserBlock(label=_("Image"))),
            ("video", EmbedBlock(label=_("Video"))),
        ],
        blank=True,
        verbose_name=_("images and video"),
    )
    featured = models.BooleanField(_("featured"), default=False)
    supplier = models.ForeignKey(
        "companies.Company",
        verbose_name=_("supplier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="success_stories",
        limit_choices_to={"kind": "seller"},
        help_text=_("The supplier in the story; the story is shown on its profile."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("buyer_market"),
                FieldPanel("product"),
                FieldPanel("supplier"),
                FieldPanel("featured"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("problem"),
        FieldPanel("solution"),
        FieldPanel("outcomes"),
        FieldPanel("image"),
        FieldPanel("media"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("product"),
        index.SearchField("problem"),
        index.SearchField("solution"),
        index.FilterField("featured"),
    ]

    parent_page_types = ["cms.SuccessStoryIndexPage"]
    subpage_types = []

    seo_content_type = SeoType.ARTICLE
    seo_twitter_card = TwitterCard.LARGE
    seo_description_sources = ["search_description", "summary"]
    seo_image_sources = ["og_image", "image"]

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    @property
    def seo_author(self) -> str:
        return settings.WAGTAIL_SITE_NAME


# --------------------------------------------------------------------------- standard pages


class StandardPage(SitePage):
    """About and legal pages (terms, privacy, cookies): a title, an introduction, blocks."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(cms_blocks.standard_blocks(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    seo_description_sources = ["search_description", "intro"]

    class Meta:
        verbose_name = _("standard page")


# --------------------------------------------------------------------------- category landing


class CategoryLandingPage(SitePage):
    """An editor's page about a product category: text above the live listing of the category's
    published products and its suppliers (from the catalogue)."""

    category = models.ForeignKey(
        "catalog.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="landing_pages",
    )
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(
        cms_blocks.standard_blocks(), blank=True, verbose_name=_("text above the listing")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("category"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    seo_description_sources = ["search_description", "intro"]

    class Meta:
        verbose_name = _("category landing page")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from marketplace.catalog import selectors as catalog

        context = super().get_context(request, *args, **kwargs)
        products = catalog.category_products(self.category, catalog.ListingFilters())
        context["page_obj"] = Paginator(products, catalog.PAGE_SIZE).get_page(
            request.GET.get("page")
        )
        context["suppliers"] = catalog.category_suppliers(self.category)
        context["featured_products"], context["featured_companies"] = catalog.featured(
            "category", category=self.category
        )
        return context


# --------------------------------------------------------------------------- contact


class ContactPage(SitePage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )
    to_address = models.EmailField(
        _("send submissions to"),
        blank=True,
        help_text=_("Staff address for new messages; empty for the site's default."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("to_address"),
    ]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    cache_enabled = False  # the form carries a CSRF token

    class Meta:
        verbose_name = _("contact page")

    def serve(self, request, *args, **kwargs):
        from .views import contact_page

        return contact_page(request, self)


class ContactSubmission(models.Model):
    """A message sent through a contact page; kept for staff and e-mailed to them."""

    page = models.ForeignKey(
        ContactPage,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254)
    company = models.CharField(_("company"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=4000)
    language = models.CharField(_("language"), max_length=10, blank=True)
    ip_hash = models.CharField(_("IP address (hashed)"), max_length=64, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)

    panels = [FieldPanel("handled")]

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}> {self.created_at:%Y-%m-%d %H:%M}"
