"""Every image rendition the site shows, named once.

Templates ask for a rendition set by name (``{% rendition image "card" … %}`` from the
``renditions`` tag library) and the Celery task that makes renditions ahead
(``cms.tasks.image_renditions_make``, on upload and on demo load) makes the same sets, so no page
view has to resize an image. A set is a Wagtail filter spec, with ``{a,b}`` alternatives for the
widths of one ``srcset`` (``Filter.expand_spec``).

Each set belongs to a *use*: ``page`` for images editors place on CMS pages (blog, stories,
authors, image blocks), ``product`` for sellers' product photos; the task makes the sets of the
uses an image is put to.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE = "page"
PRODUCT = "product"


@dataclass(frozen=True)
class RenditionSet:
    name: str
    spec: str  # a Wagtail filter spec, "|"-joined, with {a,b} alternatives for srcset widths
    use: str

    @property
    def filters(self) -> list[str]:
        """The plain filter specs of the set, one per rendition, in ``srcset`` order."""
        from wagtail.images.models import Filter

        return Filter.expand_spec(self.spec.split("|"))


RENDITION_SETS: dict[str, RenditionSet] = {
    s.name: s
    for s in (
        # CMS pages
        RenditionSet("page-hero", "fill-{480x270,800x450,1200x675}|format-webp", PAGE),
        RenditionSet("card", "fill-{400x225,800x450}|format-webp", PAGE),
        RenditionSet("body", "width-{480,800,1200}|format-webp", PAGE),
        RenditionSet("author", "fill-96x96|format-webp", PAGE),
        RenditionSet(
            "article-schema", "fill-{1200x1200,1200x900,1200x675}|format-jpeg", PAGE
        ),  # Article JSON-LD (1:1, 4:3, 16:9 as Google asks)
        RenditionSet("social", "original", PAGE),  # wagtail-seo's og:image / twitter:image
        # product photos
        RenditionSet("product-main", "fill-{400x300,800x600,1200x900}|format-webp", PRODUCT),
        RenditionSet("product-thumb", "fill-{200x150,400x300}|format-webp", PRODUCT),
        RenditionSet("product-card", "fill-400x300|format-webp", PRODUCT),
        RenditionSet("product-result", "fill-160x120|format-webp", PRODUCT),
        RenditionSet("product-seller", "fill-300x225|format-webp", PRODUCT),
        RenditionSet("product-social", "fill-1200x630|format-jpeg", PRODUCT),
        RenditionSet("product-schema", "max-1200x1200|format-jpeg", PRODUCT),
    )
}


def rendition_set(name: str) -> RenditionSet:
    try:
        return RENDITION_SETS[name]
    except KeyError:
        raise ValueError(f"unknown rendition set {name!r}; name it in tradesetu.images") from None


def filters_for(*uses: str) -> list[str]:
    """Every filter spec of the sets of these uses, without repeats, in declaration order."""
    specs: dict[str, None] = {}
    for rendition in RENDITION_SETS.values():
        if rendition.use in uses:
            specs.update(dict.fromkeys(rendition.filters))
    return list(specs)
