"""StreamField blocks for the public pages.

Blocks that show live data (success stories, trust figures) only hold the editor's words; the data
comes from ``cms.selectors`` when the block renders, so it is never stale in the page's revision.
"""

from __future__ import annotations

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul", "hr"]


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=300, required=False)
    search_label = blocks.CharBlock(
        label=_("Search box label"), max_length=80, default="Search products and suppliers"
    )
    search_placeholder = blocks.CharBlock(
        label=_("Search box placeholder"), max_length=80, required=False
    )
    search_button = blocks.CharBlock(label=_("Search button"), max_length=40, default="Search")

    class Meta:
        icon = "title"
        label = _("Hero with search box")
        template = "cms/blocks/hero.html"


class SuccessStoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    count = blocks.IntegerBlock(label=_("How many"), min_value=1, max_value=12, default=3)
    featured_only = blocks.BooleanBlock(label=_("Featured stories only"), required=False)

    class Meta:
        icon = "pick"
        label = _("Success stories")
        template = "cms/blocks/success_stories.html"


class FeaturedCategoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    categories = blocks.ListBlock(
        SnippetChooserBlock("catalog.Category"), label=_("Categories"), min_num=1, max_num=12
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Featured categories")
        template = "cms/blocks/featured_categories.html"


class FeaturedListingsBlock(blocks.StructBlock):
    """Products or suppliers that staff feature on the home page (Catalog → Featured listings),
    for the dates they chose."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    kind = blocks.ChoiceBlock(
        label=_("Show"),
        choices=[("products", _("Featured products")), ("suppliers", _("Featured suppliers"))],
    )
    count = blocks.IntegerBlock(label=_("How many"), min_value=1, max_value=12, default=4)

    class Meta:
        icon = "pick"
        label = _("Featured products or suppliers (live)")
        template = "cms/blocks/featured_listings.html"


class RfqCallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=300, required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "doc-full"
        label = _("Post an RFQ call to action")
        template = "cms/blocks/rfq_cta.html"


class TrustFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=300, required=False)

    class Meta:
        icon = "order"
        label = _("Trust figures (live)")
        template = "cms/blocks/trust_figures.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "cms/blocks/faq.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        required=False,
        help_text=_("Describe the image for people who cannot see it; empty for decoration."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=200, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=120, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class MetricBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    value = blocks.CharBlock(label=_("Value"), max_length=40)

    class Meta:
        icon = "order"
        label = _("Outcome")


def heading_block() -> blocks.CharBlock:
    return blocks.CharBlock(
        label=_("Heading"), form_classname="title", icon="title", template="cms/blocks/heading.html"
    )


def paragraph_block() -> blocks.RichTextBlock:
    return blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow")


def home_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("hero", HeroBlock()),
        ("featured_categories", FeaturedCategoriesBlock()),
        ("featured_listings", FeaturedListingsBlock()),
        ("success_stories", SuccessStoriesBlock()),
        ("rfq_cta", RfqCallToActionBlock()),
        ("trust_figures", TrustFiguresBlock()),
        ("paragraph", paragraph_block()),
        ("faq", FaqBlock()),
    ]


def article_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("heading", heading_block()),
        ("paragraph", paragraph_block()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("embed", EmbedBlock(label=_("Video or other embed"), icon="media")),
    ]


def standard_blocks() -> list[tuple[str, blocks.Block]]:
    return [
        ("heading", heading_block()),
        ("paragraph", paragraph_block()),
        ("image", ImageBlock()),
        ("faq", FaqBlock()),
    ]


def stream_text(stream) -> str:
    """The visible words of a StreamField value (for reading time and search descriptions)."""
    parts: list[str] = []

    def walk(value) -> None:
        if value is None:
            return
        if hasattr(value, "source"):  # RichText
            parts.append(strip_tags(value.source))
        elif isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):  # StructValue
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)) or hasattr(value, "__iter__"):
            for item in value:
                walk(getattr(item, "value", item))

    for block in stream or []:
        if block.block_type in ("image", "embed"):
            if block.block_type == "image":
                walk(block.value.get("caption"))
            continue
        walk(block.value)
    return " ".join(p for p in parts if p)


def faq_items(stream) -> list[tuple[str, str]]:
    """(question, answer as plain text) for every FAQ block in a stream, for FAQPage JSON-LD."""
    items = []
    for block in stream or []:
        if block.block_type == "faq":
            for item in block.value["items"]:
                items.append((item["question"], strip_tags(item["answer"].source).strip()))
    return items
