"""TradeSetu's export taxonomy: top categories, product groups and leaf categories, each with an
HS code range (digits only, as in India's ITC-HS schedule) and an attribute schema for buyers.

Attributes shared by a whole branch sit on its top category or group (``Category.schema()``
inherits them); leaf-specific ones sit on the leaf. A node may list inherited keys in
``required`` to make them mandatory for its own products: the loader stores a refined copy of
the ancestor's attribute on that node (``Category.schema()`` lets a child refine a parent).

``taxonomy_load()`` is idempotent: categories are matched by slug and attributes by key, names,
HS ranges and attribute definitions are updated when they changed here, nothing is deleted.

Number attributes carry a ``typical`` range and text attributes ``examples``: they are not
stored, but document what sensible values look like (the demo data draws from them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

# --------------------------------------------------------------------------- building blocks


def text(key: str, label: str, *, required: bool = False, filterable: bool = False, examples=()):
    return {
        "key": key,
        "label": label,
        "type": "text",
        "unit": "",
        "required": required,
        "choices": [],
        "filterable": filterable,
        "examples": list(examples),
    }


def number(
    key: str,
    label: str,
    unit: str = "",
    *,
    typical: tuple[float, float] = (1, 100),
    required: bool = False,
    filterable: bool = True,
):
    return {
        "key": key,
        "label": label,
        "type": "number",
        "unit": unit,
        "required": required,
        "choices": [],
        "filterable": filterable,
        "typical": typical,
    }


def choice(key: str, label: str, choices, *, required: bool = False, filterable: bool = True):
    return {
        "key": key,
        "label": label,
        "type": "choice",
        "unit": "",
        "required": required,
        "choices": list(choices),
        "filterable": filterable,
    }


def boolean(key: str, label: str, *, required: bool = False, filterable: bool = True):
    return {
        "key": key,
        "label": label,
        "type": "boolean",
        "unit": "",
        "required": required,
        "choices": [],
        "filterable": filterable,
    }


def tr(es: str, ar: str, fr: str, hi: str) -> dict[str, str]:
    return {"es": es, "ar": ar, "fr": fr, "hi": hi}


def cat(
    slug: str,
    name: str,
    i18n: dict[str, str],
    *,
    hs: str | tuple[str, str] = "",
    attrs=(),
    required=(),
    children=(),
    description: str = "",
) -> dict[str, Any]:
    hs_from, hs_to = (hs, hs) if isinstance(hs, str) else hs
    return {
        "slug": slug,
        "name": name,
        "name_i18n": i18n,
        "hs_code_from": hs_from,
        "hs_code_to": hs_to,
        "attrs": list(attrs),
        "required": tuple(required),
        "children": list(children),
        "description": description,
    }


# --------------------------------------------------------------------------- shared value lists

ORIGIN_STATES = [
    "Andhra Pradesh",
    "Arunachal Pradesh",
    "Assam",
    "Bihar",
    "Chhattisgarh",
    "Goa",
    "Gujarat",
    "Haryana",
    "Himachal Pradesh",
    "Jammu and Kashmir",
    "Jharkhand",
    "Karnataka",
    "Kerala",
    "Ladakh",
    "Madhya Pradesh",
    "Maharashtra",
    "Manipur",
    "Meghalaya",
    "Mizoram",
    "Nagaland",
    "Odisha",
    "Punjab",
    "Rajasthan",
    "Sikkim",
    "Tamil Nadu",
    "Telangana",
    "Tripura",
    "Uttar Pradesh",
    "Uttarakhand",
    "West Bengal",
]


def origin_state(label: str = "Origin state", **kwargs):
    return choice("origin_state", label, ORIGIN_STATES, **kwargs)


def organic():
    return boolean("organic", "Certified organic")


def moisture(typical=(8, 12)):
    return number("moisture_pct", "Moisture (max.)", "%", typical=typical)


def purity(typical=(98, 99.5), **kwargs):
    return number("purity_pct", "Purity (min.)", "%", typical=typical, **kwargs)


def shelf_life(typical=(12, 24)):
    return number("shelf_life_months", "Shelf life", "months", typical=typical)


def dimensions(required: bool = False):
    return text(
        "dimensions",
        "Dimensions (L × W × H)",
        required=required,
        examples=["30 × 20 × 15 cm", "45 × 45 cm", "120 × 60 × 75 cm"],
    )


def colour():
    return text("colour", "Colour", examples=["Natural", "Indigo", "Ivory", "Assorted"])


def custom_branding():
    return boolean("private_label", "Private label / custom branding")


SPICE_PACKAGING = [
    "25 kg PP bag",
    "50 kg jute bag",
    "25 kg multiwall paper bag",
    "10 kg vacuum-packed carton",
    "1 kg retail pouch",
    "Private-label retail packs",
    "Bulk (jumbo bag)",
]
FOOD_PACKAGING = [
    "Retail pack",
    "Food-service pack",
    "Bulk carton",
    "Bulk bag (25–50 kg)",
    "Drum / aseptic bag",
    "Private-label retail pack",
]
PRODUCE_PACKAGING = [
    "25 kg PP bag",
    "50 kg PP bag",
    "50 kg jute bag",
    "25 kg paper bag",
    "5 kg carton",
    "10 kg mesh bag",
    "Jumbo bag (1 MT)",
    "Retail pouch (1 kg)",
]
FRUIT_PACKING = [
    "3 kg carton",
    "4 kg carton",
    "5 kg carton",
    "8 kg carton",
    "9 kg punnet box",
    "13 kg carton",
    "20 kg plastic crate",
]
CHEMICAL_PACKAGING = [
    "25 kg paper bag",
    "25 kg HDPE bag",
    "25 kg fibre drum",
    "50 kg HDPE drum",
    "200 L steel drum",
    "200 L HDPE drum",
    "IBC tote (1,000 L)",
    "Jumbo bag (500–1,000 kg)",
    "ISO tank",
]
VOLTAGES = [
    "230 V single phase 50 Hz",
    "415 V three phase 50 Hz",
    "380 V three phase 50 Hz",
    "220 V single phase 60 Hz",
    "460 V three phase 60 Hz",
    "12 V DC",
    "24 V DC",
]
VEHICLE_TYPES = [
    "Passenger car",
    "Utility vehicle (SUV/MUV)",
    "Two-wheeler",
    "Three-wheeler",
    "Light commercial vehicle",
    "Heavy commercial vehicle",
    "Tractor",
    "Off-highway / construction",
]
LEATHER_MATERIALS = [
    "Cow leather",
    "Buffalo leather",
    "Goat leather",
    "Sheep leather",
    "Lamb nappa",
    "Suede",
    "Vegan leather (PU)",
    "Canvas and leather",
]
GENDERS = ["Men", "Women", "Unisex", "Boys", "Girls", "Infants"]
DOSAGE_FORMS = [
    "Tablet",
    "Film-coated tablet",
    "Capsule",
    "Softgel",
    "Oral suspension",
    "Syrup",
    "Dry powder for suspension",
    "Injection (vial)",
    "Injection (ampoule)",
    "Dry powder for injection",
    "Cream / ointment",
    "Eye / ear drops",
]
PHARMACOPOEIAS = ["IP", "BP", "USP", "EP", "JP", "In-house"]

# --------------------------------------------------------------------------- spices

SPICES = cat(
    "spices",
    "Spices",
    tr("Especias", "التوابل", "Épices", "मसाले"),
    description="Whole and ground spices, seed spices, blends and oleoresins from India's "
    "spice belts: Kerala, Karnataka, Gujarat, Rajasthan, Andhra Pradesh and the North East.",
    attrs=[
        choice(
            "form",
            "Form",
            ["Whole", "Powder", "Crushed", "Cut / sliced", "Split", "Extract / oleoresin"],
            required=True,
        ),
        text("grade_note", "Grade / specification", examples=["ASTA cleaned", "EU specification"]),
        moisture(),
        purity(),
        origin_state(),
        organic(),
        choice("packaging", "Packaging", SPICE_PACKAGING),
        boolean("steam_sterilised", "Steam sterilised"),
        boolean("eto_free", "ETO-free (no ethylene oxide treatment)"),
    ],
    children=[
        cat(
            "pepper-and-chillies",
            "Pepper and chillies",
            tr(
                "Pimienta y chiles",
                "الفلفل والفلفل الحار",
                "Poivre et piments",
                "काली मिर्च और मिर्च",
            ),
            hs=("0904", "0904"),
            attrs=[
                number("pungency_shu", "Pungency", "SHU", typical=(15000, 90000)),
            ],
            children=[
                cat(
                    "black-pepper",
                    "Black pepper",
                    tr("Pimienta negra", "الفلفل الأسود", "Poivre noir", "काली मिर्च"),
                    hs=("090411", "090412"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "MG-1 (Malabar garbled)",
                                "TGEB (Tellicherry garbled extra bold)",
                                "TGSEB (Tellicherry special extra bold)",
                                "FAQ 500 g/l",
                                "FAQ 550 g/l",
                                "ASTA 570 g/l",
                                "Pinheads / light berries",
                            ],
                            required=True,
                        ),
                        number("bulk_density", "Bulk density", "g/l", typical=(500, 580)),
                        number("piperine_pct", "Piperine", "%", typical=(4, 7)),
                    ],
                ),
                cat(
                    "white-pepper",
                    "White pepper",
                    tr("Pimienta blanca", "الفلفل الأبيض", "Poivre blanc", "सफ़ेद मिर्च"),
                    hs=("090411", "090412"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["FAQ", "ASTA cleaned", "Double washed", "Bold 630 g/l"],
                            required=True,
                        ),
                        number("piperine_pct", "Piperine", "%", typical=(4, 6.5)),
                    ],
                ),
                cat(
                    "dried-red-chilli",
                    "Dried red chillies",
                    tr(
                        "Chiles rojos secos",
                        "الفلفل الأحمر المجفف",
                        "Piments rouges séchés",
                        "सूखी लाल मिर्च",
                    ),
                    hs="090421",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Teja (S17)",
                                "Guntur Sannam (S4)",
                                "Byadgi (Kaddi)",
                                "Kashmiri",
                                "Wrinkle 273",
                                "Bird's eye (Dhani)",
                                "Ramnad Mundu",
                                "341 hybrid",
                            ],
                            required=True,
                        ),
                        choice("stem", "Stem", ["With stem", "Stemless"], required=True),
                        number("colour_asta", "Colour value", "ASTA", typical=(40, 160)),
                    ],
                ),
                cat(
                    "chilli-powder",
                    "Chilli powder",
                    tr(
                        "Chile en polvo", "مسحوق الفلفل الحار", "Piment en poudre", "लाल मिर्च पाउडर"
                    ),
                    hs="090422",
                    attrs=[
                        choice(
                            "variety",
                            "Chilli variety",
                            ["Teja", "Guntur Sannam", "Byadgi", "Kashmiri", "Blend"],
                            required=True,
                        ),
                        number("colour_asta", "Colour value", "ASTA", typical=(60, 180)),
                        text("mesh_size", "Mesh size", examples=["40 mesh", "60 mesh", "80 mesh"]),
                        boolean("sudan_dye_tested", "Tested free of Sudan dyes"),
                    ],
                ),
            ],
        ),
        cat(
            "tree-and-pod-spices",
            "Cardamom, cloves and tree spices",
            tr(
                "Cardamomo, clavo y especias arbóreas",
                "الهيل والقرنفل وتوابل الأشجار",
                "Cardamome, girofle et épices d'arbres",
                "इलायची, लौंग और वृक्ष मसाले",
            ),
            hs=("0906", "0909"),
            children=[
                cat(
                    "green-cardamom",
                    "Green cardamom",
                    tr("Cardamomo verde", "الهيل الأخضر", "Cardamome verte", "छोटी इलायची"),
                    hs=("090831", "090832"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "AGEB (8 mm and above)",
                                "AGB (7–8 mm)",
                                "AGS (6–7 mm)",
                                "AGS 1 (5–6 mm)",
                                "Fruits / splits",
                            ],
                            required=True,
                        ),
                        number("litre_weight", "Litre weight", "g/l", typical=(415, 470)),
                        choice(
                            "colour_grade",
                            "Colour",
                            ["Bold green", "Green", "Light green", "Mixed"],
                        ),
                    ],
                ),
                cat(
                    "large-cardamom",
                    "Large (black) cardamom",
                    tr("Cardamomo negro", "الهيل الأسود", "Cardamome noire", "बड़ी इलायची"),
                    hs=("090831", "090832"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Badadana (bold)", "Chotadana (small)", "Sikkim extra bold"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "cloves",
                    "Cloves",
                    tr("Clavo de olor", "القرنفل", "Clous de girofle", "लौंग"),
                    hs=("090710", "090720"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Hand-picked selected", "FAQ", "Stems", "Ground"],
                            required=True,
                        ),
                        number("headless_pct", "Headless cloves (max.)", "%", typical=(2, 5)),
                        number("volatile_oil_pct", "Volatile oil", "%", typical=(15, 18)),
                    ],
                ),
                cat(
                    "nutmeg-and-mace",
                    "Nutmeg and mace",
                    tr(
                        "Nuez moscada y macis",
                        "جوزة الطيب والبسباسة",
                        "Noix de muscade et macis",
                        "जायफल और जावित्री",
                    ),
                    hs=("090811", "090822"),
                    attrs=[
                        choice(
                            "product_type",
                            "Product",
                            [
                                "Nutmeg in shell",
                                "Nutmeg without shell",
                                "Mace whole blades",
                                "Mace powder",
                            ],
                            required=True,
                        ),
                        number("count_per_kg", "Count", "per kg", typical=(110, 160)),
                    ],
                ),
                cat(
                    "cinnamon-and-cassia",
                    "Cinnamon and cassia",
                    tr("Canela y casia", "القرفة والدارسين", "Cannelle et casse", "दालचीनी"),
                    hs=("090611", "090620"),
                    attrs=[
                        choice(
                            "species",
                            "Type",
                            [
                                "True cinnamon (C. verum)",
                                "Cassia (C. cassia)",
                                "Indian cassia (C. tamala)",
                            ],
                            required=True,
                        ),
                        number("quill_length_cm", "Quill length", "cm", typical=(6, 12)),
                    ],
                ),
                cat(
                    "star-anise",
                    "Star anise",
                    tr("Anís estrellado", "اليانسون النجمي", "Anis étoilé", "चक्र फूल"),
                    hs=("090961", "090962"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Autumn crop whole", "Spring crop whole", "Broken"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "seed-spices",
            "Seed spices",
            tr("Especias en semilla", "التوابل البذرية", "Épices en graines", "बीज मसाले"),
            hs=("0909", "1207"),
            attrs=[
                choice(
                    "cleaning",
                    "Cleaning",
                    ["Machine cleaned", "Sortex cleaned", "Sortex and gravity separated"],
                ),
                number("admixture_pct", "Admixture (max.)", "%", typical=(0.5, 2)),
            ],
            children=[
                cat(
                    "cumin-seed",
                    "Cumin seed",
                    tr("Semilla de comino", "بذور الكمون", "Graines de cumin", "जीरा"),
                    hs=("090931", "090932"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "Singapore 98%",
                                "Singapore 99%",
                                "Europe 99.5%",
                                "Europe 99.7% Sortex",
                                "Bold (Gulf) 99%",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "coriander-seed",
                    "Coriander seed",
                    tr("Semilla de cilantro", "بذور الكزبرة", "Graines de coriandre", "धनिया बीज"),
                    hs=("090921", "090922"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Eagle", "Badami", "Scooter", "Parrot green", "Split"],
                            required=True,
                        ),
                        number("split_pct", "Split seeds (max.)", "%", typical=(2, 10)),
                    ],
                ),
                cat(
                    "fennel-seed",
                    "Fennel seed",
                    tr("Semilla de hinojo", "بذور الشمر", "Graines de fenouil", "सौंफ"),
                    hs=("090961", "090962"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Lucknowi (fine)", "Singapore quality", "Europe quality", "Medium"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "fenugreek-seed",
                    "Fenugreek seed",
                    tr("Semilla de fenogreco", "بذور الحلبة", "Graines de fenugrec", "मेथी दाना"),
                    hs="091099",
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Machine cleaned 98%", "Sortex 99%", "Sortex 99.5%"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "mustard-seed",
                    "Mustard seed",
                    tr("Semilla de mostaza", "بذور الخردل", "Graines de moutarde", "सरसों"),
                    hs="120750",
                    attrs=[
                        choice(
                            "seed_colour",
                            "Seed colour",
                            ["Yellow", "Brown", "Black"],
                            required=True,
                        ),
                        number("oil_content_pct", "Oil content", "%", typical=(36, 42)),
                    ],
                ),
                cat(
                    "ajwain-seed",
                    "Ajwain (carom) seed",
                    tr(
                        "Semilla de ajwain",
                        "بذور الكمون الملوكي (النانخة)",
                        "Graines d'ajowan",
                        "अजवाइन",
                    ),
                    hs="091099",
                    attrs=[
                        number("volatile_oil_pct", "Volatile oil", "%", typical=(2.5, 4)),
                    ],
                    required=("cleaning",),
                ),
            ],
        ),
        cat(
            "turmeric-ginger-and-others",
            "Turmeric, ginger and other spices",
            tr(
                "Cúrcuma, jengibre y otras especias",
                "الكركم والزنجبيل وتوابل أخرى",
                "Curcuma, gingembre et autres épices",
                "हल्दी, अदरक और अन्य मसाले",
            ),
            hs=("0813", "0910"),
            children=[
                cat(
                    "turmeric-fingers",
                    "Turmeric fingers",
                    tr("Cúrcuma en dedos", "أصابع الكركم", "Curcuma en doigts", "हल्दी गांठ"),
                    hs="091030",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["Salem", "Erode", "Rajapuri", "Nizamabad", "Alleppey", "Lakadong"],
                            required=True,
                        ),
                        number(
                            "curcumin_pct",
                            "Curcumin",
                            "%",
                            typical=(2.5, 7),
                            required=True,
                        ),
                        choice("finish", "Finish", ["Polished", "Unpolished", "Double polished"]),
                    ],
                ),
                cat(
                    "turmeric-powder",
                    "Turmeric powder",
                    tr("Cúrcuma en polvo", "مسحوق الكركم", "Curcuma en poudre", "हल्दी पाउडर"),
                    hs="091030",
                    attrs=[
                        number(
                            "curcumin_pct",
                            "Curcumin",
                            "%",
                            typical=(2.5, 5),
                            required=True,
                        ),
                        text("mesh_size", "Mesh size", examples=["60 mesh", "80 mesh"]),
                        boolean("lead_chromate_tested", "Tested free of lead chromate"),
                    ],
                ),
                cat(
                    "dry-ginger",
                    "Dry ginger",
                    tr("Jengibre seco", "الزنجبيل المجفف", "Gingembre séché", "सोंठ"),
                    hs=("091011", "091012"),
                    attrs=[
                        choice(
                            "product_type",
                            "Type",
                            [
                                "Cochin dry ginger (limed)",
                                "Unbleached whole",
                                "Slices",
                                "Split",
                                "Powder",
                            ],
                            required=True,
                        ),
                        number("volatile_oil_pct", "Volatile oil", "%", typical=(1.5, 2.5)),
                    ],
                ),
                cat(
                    "saffron",
                    "Saffron",
                    tr("Azafrán", "الزعفران", "Safran", "केसर"),
                    hs="091020",
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Mongra (Kashmiri, stigma only)", "Lachha", "Zarda"],
                            required=True,
                        ),
                        number(
                            "colouring_strength",
                            "Colouring strength (ISO 3632)",
                            "E1% 440 nm",
                            typical=(190, 260),
                        ),
                    ],
                ),
                cat(
                    "tamarind",
                    "Tamarind",
                    tr("Tamarindo", "التمر الهندي", "Tamarin", "इमली"),
                    hs="081340",
                    attrs=[
                        choice(
                            "product_type",
                            "Product",
                            ["Seedless pulp", "With seed", "Paste / concentrate", "Powder"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "spice-blends-and-extracts",
            "Spice blends and extracts",
            tr(
                "Mezclas y extractos de especias",
                "خلطات ومستخلصات التوابل",
                "Mélanges et extraits d'épices",
                "मसाला मिश्रण और अर्क",
            ),
            hs=("091091", "330190"),
            children=[
                cat(
                    "spice-blends",
                    "Masalas and spice blends",
                    tr(
                        "Masalas y mezclas de especias",
                        "البهارات المشكلة (ماسالا)",
                        "Masalas et mélanges d'épices",
                        "मसाला मिश्रण",
                    ),
                    hs="091091",
                    attrs=[
                        choice(
                            "blend",
                            "Blend",
                            [
                                "Garam masala",
                                "Curry powder",
                                "Chaat masala",
                                "Tandoori masala",
                                "Biryani masala",
                                "Sambar powder",
                                "Pav bhaji masala",
                                "Custom recipe",
                            ],
                            required=True,
                        ),
                        boolean("salt_added", "Contains salt"),
                        boolean("allergen_free", "Free of the 14 EU allergens"),
                    ],
                ),
                cat(
                    "spice-oleoresins",
                    "Spice oleoresins",
                    tr(
                        "Oleorresinas de especias",
                        "راتنجات التوابل الزيتية",
                        "Oléorésines d'épices",
                        "मसाला ओलियोरेज़िन",
                    ),
                    hs="330190",
                    attrs=[
                        choice(
                            "source",
                            "Made from",
                            [
                                "Paprika",
                                "Capsicum",
                                "Black pepper",
                                "Turmeric",
                                "Ginger",
                                "Cardamom",
                                "Clove",
                                "Nutmeg",
                            ],
                            required=True,
                        ),
                        text(
                            "active_content",
                            "Active content",
                            examples=["40,000 CU colour", "40% piperine", "95% curcuminoids"],
                        ),
                        choice(
                            "solubility",
                            "Solubility",
                            ["Oil soluble", "Water soluble", "Water dispersible"],
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- tea and coffee

TEA_COFFEE = cat(
    "tea-and-coffee",
    "Tea and coffee",
    tr("Té y café", "الشاي والقهوة", "Thé et café", "चाय और कॉफ़ी"),
    hs=("0901", "2101"),
    description="Estate teas from Assam, Darjeeling and the Nilgiris; shade-grown Arabica and "
    "Robusta from Karnataka, Kerala and the Araku Valley.",
    attrs=[
        organic(),
        boolean("rainforest_alliance", "Rainforest Alliance certified"),
    ],
    children=[
        cat(
            "tea",
            "Tea",
            tr("Té", "الشاي", "Thé", "चाय"),
            hs=("0902", "0902"),
            attrs=[
                choice(
                    "manufacture",
                    "Manufacture",
                    ["Orthodox", "CTC", "Green", "White", "Oolong"],
                    required=True,
                ),
                choice(
                    "grade",
                    "Leaf grade",
                    [
                        "SFTGFOP1",
                        "FTGFOP1",
                        "TGFOP",
                        "GFOP",
                        "FOP",
                        "BOP",
                        "BOPF",
                        "CTC BP",
                        "CTC BOP",
                        "CTC PF",
                        "CTC PD",
                        "CTC Dust",
                        "Fannings",
                    ],
                ),
                choice(
                    "flush",
                    "Flush / season",
                    ["First flush", "Second flush", "Monsoon flush", "Autumn flush", "Winter"],
                ),
                text("estate", "Estate / garden", examples=["Halmari", "Castleton", "Glendale"]),
                choice(
                    "packaging",
                    "Packaging",
                    [
                        "Bulk paper sacks",
                        "Plywood chests",
                        "Tea bags (retail)",
                        "Tea bags (hotel pack)",
                        "Retail cartons",
                        "Tins",
                    ],
                ),
            ],
            children=[
                cat(
                    "assam-tea",
                    "Assam tea",
                    tr("Té de Assam", "شاي آسام", "Thé d'Assam", "असम चाय"),
                    hs=("090230", "090240"),
                    required=("grade",),
                ),
                cat(
                    "darjeeling-tea",
                    "Darjeeling tea",
                    tr("Té de Darjeeling", "شاي دارجيلنغ", "Thé de Darjeeling", "दार्जिलिंग चाय"),
                    hs=("090230", "090240"),
                    required=("flush",),
                    attrs=[
                        boolean("gi_logo", "Darjeeling GI logo authorised"),
                    ],
                ),
                cat(
                    "nilgiri-tea",
                    "Nilgiri tea",
                    tr("Té de Nilgiri", "شاي نيلجيري", "Thé des Nilgiri", "नीलगिरि चाय"),
                    hs=("090230", "090240"),
                    required=("grade",),
                ),
                cat(
                    "green-tea",
                    "Green tea",
                    tr("Té verde", "الشاي الأخضر", "Thé vert", "ग्रीन टी"),
                    hs=("090210", "090220"),
                    attrs=[
                        choice(
                            "style",
                            "Style",
                            [
                                "Whole leaf",
                                "Gunpowder",
                                "Sencha style",
                                "Flavoured",
                                "Tea bag cut",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "masala-chai",
                    "Masala chai and flavoured tea",
                    tr(
                        "Masala chai y tés aromatizados",
                        "شاي ماسالا والشاي المنكّه",
                        "Masala chaï et thés aromatisés",
                        "मसाला चाय और फ्लेवर्ड चाय",
                    ),
                    hs=("090230", "090240"),
                    attrs=[
                        text(
                            "flavour",
                            "Flavour",
                            required=True,
                            examples=["Cardamom and ginger", "Classic masala", "Tulsi"],
                        ),
                        boolean("instant", "Instant premix"),
                    ],
                ),
            ],
        ),
        cat(
            "coffee",
            "Coffee",
            tr("Café", "القهوة", "Café", "कॉफ़ी"),
            hs=("0901", "2101"),
            attrs=[
                choice(
                    "species",
                    "Species",
                    ["Arabica", "Robusta", "Arabica–Robusta blend"],
                    required=True,
                ),
                choice(
                    "origin_region",
                    "Growing region",
                    [
                        "Chikmagalur",
                        "Coorg (Kodagu)",
                        "Baba Budan Giris",
                        "Bili Rangan hills",
                        "Wayanad",
                        "Nilgiris",
                        "Araku Valley",
                        "Pulneys",
                    ],
                ),
                choice(
                    "packaging",
                    "Packaging",
                    [
                        "60 kg jute bag",
                        "60 kg jute bag with GrainPro liner",
                        "1 kg valve bag",
                        "250 g retail bag",
                        "Jar / tin",
                        "Bulk carton",
                    ],
                ),
            ],
            children=[
                cat(
                    "green-coffee-arabica",
                    "Green coffee beans – Arabica",
                    tr(
                        "Café verde arábica",
                        "حبوب البن الأخضر – أرابيكا",
                        "Café vert arabica",
                        "हरी कॉफ़ी बीन्स – अरेबिका",
                    ),
                    hs="090111",
                    attrs=[
                        choice(
                            "processing",
                            "Processing",
                            [
                                "Washed (Plantation)",
                                "Natural (Cherry)",
                                "Monsooned Malabar",
                                "Honey processed",
                            ],
                            required=True,
                        ),
                        choice(
                            "screen_grade",
                            "Screen grade",
                            ["AA", "A", "AB", "PB (peaberry)", "C", "Bulk"],
                        ),
                        number("cup_score", "Cup score (SCA)", "points", typical=(80, 86)),
                    ],
                ),
                cat(
                    "green-coffee-robusta",
                    "Green coffee beans – Robusta",
                    tr(
                        "Café verde robusta",
                        "حبوب البن الأخضر – روبوستا",
                        "Café vert robusta",
                        "हरी कॉफ़ी बीन्स – रोबस्टा",
                    ),
                    hs="090111",
                    attrs=[
                        choice(
                            "processing",
                            "Processing",
                            [
                                "Parchment (washed)",
                                "Cherry (natural)",
                                "Monsooned Robusta",
                                "Kaapi Royale",
                            ],
                            required=True,
                        ),
                        choice(
                            "screen_grade",
                            "Screen grade",
                            ["AA", "AB", "PB (peaberry)", "C", "BBB", "Bulk"],
                        ),
                    ],
                ),
                cat(
                    "roasted-coffee",
                    "Roasted and ground coffee",
                    tr(
                        "Café tostado y molido",
                        "القهوة المحمصة والمطحونة",
                        "Café torréfié et moulu",
                        "भुनी और पिसी कॉफ़ी",
                    ),
                    hs=("090121", "090122"),
                    attrs=[
                        choice(
                            "roast",
                            "Roast level",
                            ["Light", "Medium", "Medium-dark", "Dark"],
                            required=True,
                        ),
                        choice(
                            "grind", "Grind", ["Whole bean", "Espresso", "Filter", "French press"]
                        ),
                        number("chicory_pct", "Chicory", "%", typical=(0, 30)),
                    ],
                ),
                cat(
                    "instant-coffee",
                    "Instant coffee",
                    tr("Café instantáneo", "القهوة سريعة التحضير", "Café soluble", "इंस्टेंट कॉफ़ी"),
                    hs="210111",
                    attrs=[
                        choice(
                            "process",
                            "Process",
                            ["Spray-dried powder", "Agglomerated granules", "Freeze-dried"],
                            required=True,
                        ),
                        number("chicory_pct", "Chicory", "%", typical=(0, 40)),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- agricultural produce

FRESH_PRODUCE_ATTRS = [
    choice("quality_class", "Quality class", ["Extra class", "Class I", "Class II"]),
    text("size_grade", "Size / count", examples=["250–300 g", "Count 9", "55 mm+"]),
    choice(
        "shipment_mode",
        "Shipment",
        ["Sea (reefer container)", "Air freight", "Road (neighbouring countries)"],
    ),
    boolean("globalgap", "GLOBALG.A.P. certified farms"),
    boolean("residue_tested", "Pesticide residue tested (EU MRL)"),
]

AGRICULTURE = cat(
    "agricultural-produce",
    "Agricultural produce",
    tr("Productos agrícolas", "المنتجات الزراعية", "Produits agricoles", "कृषि उपज"),
    hs=("0701", "1212"),
    description="Rice, pulses, grains, oilseeds, fresh fruit and vegetables, nuts and dried fruit "
    "from APEDA-registered exporters.",
    attrs=[
        origin_state(),
        organic(),
        number("crop_year", "Crop year", typical=(2025, 2026), filterable=False),
    ],
    children=[
        cat(
            "rice",
            "Rice",
            tr("Arroz", "الأرز", "Riz", "चावल"),
            hs=("1006", "1006"),
            attrs=[
                number("broken_pct", "Broken grains (max.)", "%", typical=(1, 5)),
                moisture((12, 14)),
                choice("packaging", "Packaging", [*PRODUCE_PACKAGING, "5 kg non-woven bag"]),
                boolean("sortex_cleaned", "Sortex cleaned"),
            ],
            children=[
                cat(
                    "basmati-rice",
                    "Basmati rice",
                    tr("Arroz basmati", "أرز بسمتي", "Riz basmati", "बासमती चावल"),
                    hs="10063020",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "1121 Basmati",
                                "1509 Basmati",
                                "1718 Basmati",
                                "1401 Basmati",
                                "Pusa Basmati",
                                "Traditional Basmati",
                                "Sugandha",
                            ],
                            required=True,
                        ),
                        choice(
                            "processing",
                            "Processing",
                            ["Raw (white)", "Steam", "Golden sella", "White sella", "Creamy sella"],
                            required=True,
                        ),
                        number("grain_length_mm", "Average grain length", "mm", typical=(7.2, 8.4)),
                        number("ageing_months", "Aged", "months", typical=(6, 24)),
                    ],
                ),
                cat(
                    "non-basmati-rice",
                    "Non-basmati white rice",
                    tr(
                        "Arroz blanco no basmati",
                        "أرز أبيض غير بسمتي",
                        "Riz blanc non basmati",
                        "गैर-बासमती सफ़ेद चावल",
                    ),
                    hs="10063090",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Sona Masoori",
                                "Ponni",
                                "IR 64",
                                "Swarna",
                                "PR 11 / PR 14",
                                "Kolam",
                                "Jeera Samba",
                                "Matta",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "parboiled-rice",
                    "Parboiled rice",
                    tr(
                        "Arroz vaporizado",
                        "الأرز المسلوق جزئياً",
                        "Riz étuvé",
                        "उसना (पारबॉयल्ड) चावल",
                    ),
                    hs="10063010",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["IR 64", "Swarna", "Sona Masoori", "Ponni", "Long grain"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "broken-rice",
                    "Broken rice",
                    tr("Arroz partido", "الأرز المكسور", "Brisures de riz", "टूटा चावल"),
                    hs="100640",
                    attrs=[
                        choice(
                            "broken_grade",
                            "Grade",
                            ["100% broken", "A1 super broken", "25% broken", "Brewers' rice"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "pulses",
            "Pulses and lentils",
            tr("Legumbres y lentejas", "البقوليات والعدس", "Légumineuses et lentilles", "दालें"),
            hs=("0713", "0713"),
            attrs=[
                choice(
                    "form",
                    "Form",
                    ["Whole", "Split (dal)", "Split and skinned", "Polished"],
                    required=True,
                ),
                purity(),
                moisture((10, 14)),
                choice("packaging", "Packaging", PRODUCE_PACKAGING),
            ],
            children=[
                cat(
                    "chickpeas",
                    "Chickpeas",
                    tr("Garbanzos", "الحمص", "Pois chiches", "चना"),
                    hs="071320",
                    attrs=[
                        choice(
                            "chickpea_type",
                            "Type",
                            ["Kabuli (white)", "Desi (brown)", "Green chana"],
                            required=True,
                        ),
                        text(
                            "count_per_ounce",
                            "Size",
                            examples=["42/44 count", "58/60 count", "12 mm"],
                        ),
                    ],
                ),
                cat(
                    "pigeon-peas",
                    "Pigeon peas (toor dal)",
                    tr(
                        "Guandú (toor dal)",
                        "البازلاء الهندية (تور دال)",
                        "Pois d'Angole (toor dal)",
                        "अरहर (तूर) दाल",
                    ),
                    hs="071360",
                ),
                cat(
                    "red-lentils",
                    "Red lentils (masoor)",
                    tr(
                        "Lentejas rojas (masoor)",
                        "العدس الأحمر",
                        "Lentilles corail (masoor)",
                        "मसूर दाल",
                    ),
                    hs="071340",
                    attrs=[
                        choice("size", "Size", ["Football (bold)", "Medium", "Small (Nipper)"]),
                    ],
                ),
                cat(
                    "mung-beans",
                    "Green gram (mung beans)",
                    tr("Frijol mungo", "الماش (فاصوليا مونج)", "Haricots mungo", "मूंग"),
                    hs="071331",
                ),
                cat(
                    "black-gram",
                    "Black gram (urad)",
                    tr("Frijol negro urad", "الماش الأسود (أورد)", "Haricot urd", "उड़द"),
                    hs="071331",
                ),
            ],
        ),
        cat(
            "fresh-fruits",
            "Fresh fruits",
            tr("Frutas frescas", "الفواكه الطازجة", "Fruits frais", "ताज़े फल"),
            hs=("0803", "0810"),
            attrs=[
                *FRESH_PRODUCE_ATTRS,
                choice("packing", "Packing", FRUIT_PACKING),
            ],
            children=[
                cat(
                    "mangoes",
                    "Mangoes",
                    tr("Mangos", "المانجو", "Mangues", "आम"),
                    hs="080450",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Alphonso",
                                "Kesar",
                                "Banganapalli",
                                "Totapuri",
                                "Dasheri",
                                "Langra",
                                "Chausa",
                            ],
                            required=True,
                        ),
                        choice(
                            "treatment",
                            "Phytosanitary treatment",
                            [
                                "Vapour heat treated (VHT)",
                                "Hot water treated",
                                "Irradiated",
                                "None required",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "grapes",
                    "Table grapes",
                    tr("Uvas de mesa", "عنب المائدة", "Raisins de table", "अंगूर"),
                    hs="080610",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Thompson Seedless",
                                "Sonaka",
                                "Manik Chaman",
                                "Sharad Seedless (black)",
                                "Crimson Seedless",
                                "Red Globe",
                            ],
                            required=True,
                        ),
                        number("berry_size_mm", "Berry size (min.)", "mm", typical=(16, 20)),
                    ],
                ),
                cat(
                    "pomegranates",
                    "Pomegranates",
                    tr("Granadas", "الرمان", "Grenades", "अनार"),
                    hs="081090",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["Bhagwa", "Ganesh", "Arakta", "Mridula", "Ruby"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "bananas",
                    "Bananas",
                    tr("Plátanos", "الموز", "Bananes", "केला"),
                    hs="080390",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["Grand Naine (G9)", "Robusta", "Nendran", "Red banana", "Yelakki"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "fresh-vegetables",
            "Fresh vegetables",
            tr("Hortalizas frescas", "الخضروات الطازجة", "Légumes frais", "ताज़ी सब्ज़ियाँ"),
            hs=("0701", "0709"),
            attrs=[
                *FRESH_PRODUCE_ATTRS,
                choice("packing", "Packing", PRODUCE_PACKAGING),
            ],
            children=[
                cat(
                    "onions",
                    "Onions",
                    tr("Cebollas", "البصل", "Oignons", "प्याज़"),
                    hs="070310",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Nashik red",
                                "Bangalore rose",
                                "Krishnapuram",
                                "Sambar (small red)",
                                "White onion",
                                "Yellow onion",
                            ],
                            required=True,
                        ),
                        choice(
                            "bulb_size",
                            "Bulb size",
                            ["25–40 mm", "40–55 mm", "45–65 mm", "55 mm and above"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "potatoes",
                    "Potatoes",
                    tr("Patatas", "البطاطس", "Pommes de terre", "आलू"),
                    hs="070190",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["Kufri Jyoti", "Kufri Pukhraj", "Lady Rosetta", "Santana", "Chipsona"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "garlic",
                    "Fresh garlic",
                    tr("Ajo fresco", "الثوم الطازج", "Ail frais", "लहसुन"),
                    hs="070320",
                    attrs=[
                        choice(
                            "garlic_type",
                            "Type",
                            ["Single clove", "Multi clove", "Ooty garlic"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "green-chillies",
                    "Green chillies",
                    tr("Chiles verdes", "الفلفل الأخضر الحار", "Piments verts", "हरी मिर्च"),
                    hs="070960",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["G4", "Jwala", "Bullet", "Byadgi green", "Bird's eye"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "grains-and-oilseeds",
            "Grains, millets and oilseeds",
            tr(
                "Cereales, mijos y oleaginosas",
                "الحبوب والدخن والبذور الزيتية",
                "Céréales, millets et oléagineux",
                "अनाज, मोटा अनाज और तिलहन",
            ),
            hs=("1001", "1207"),
            attrs=[
                purity(),
                moisture((10, 14)),
                number("aflatoxin_ppb", "Aflatoxin (max.)", "ppb", typical=(4, 20)),
                choice("packaging", "Packaging", PRODUCE_PACKAGING),
            ],
            children=[
                cat(
                    "wheat",
                    "Wheat",
                    tr("Trigo", "القمح", "Blé", "गेहूँ"),
                    hs="100199",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Sharbati",
                                "Lokwan",
                                "Durum",
                                "Milling wheat (HD 2967)",
                                "Khapli (emmer)",
                            ],
                            required=True,
                        ),
                        number("protein_pct", "Protein", "%", typical=(11, 13.5)),
                    ],
                ),
                cat(
                    "maize",
                    "Maize (corn)",
                    tr("Maíz", "الذرة", "Maïs", "मक्का"),
                    hs="100590",
                    attrs=[
                        choice(
                            "maize_colour",
                            "Colour",
                            ["Yellow", "White", "Mixed"],
                            required=True,
                        ),
                        choice("use", "Intended use", ["Feed grade", "Food grade", "Starch"]),
                    ],
                ),
                cat(
                    "sesame-seeds",
                    "Sesame seeds",
                    tr("Semillas de sésamo", "بذور السمسم", "Graines de sésame", "तिल"),
                    hs="120740",
                    attrs=[
                        choice(
                            "sesame_type",
                            "Type",
                            [
                                "Natural white",
                                "Hulled white",
                                "Black",
                                "Brown",
                                "Roasted",
                            ],
                            required=True,
                        ),
                        number("oil_content_pct", "Oil content", "%", typical=(48, 52)),
                        number("ffa_pct", "Free fatty acids (max.)", "%", typical=(1, 2)),
                    ],
                ),
                cat(
                    "groundnuts",
                    "Groundnut (peanut) kernels",
                    tr(
                        "Cacahuetes (maní)",
                        "حبوب الفول السوداني",
                        "Arachides décortiquées",
                        "मूंगफली दाना",
                    ),
                    hs="120242",
                    attrs=[
                        choice(
                            "groundnut_type",
                            "Type",
                            ["Bold (runner)", "Java", "TJ (Java type)", "Blanched"],
                            required=True,
                        ),
                        text(
                            "count_per_ounce",
                            "Count per ounce",
                            examples=["38/42", "50/60", "80/90"],
                        ),
                    ],
                ),
                cat(
                    "millets",
                    "Millets",
                    tr("Mijos", "الدخن", "Millets", "मोटा अनाज (मिलेट्स)"),
                    hs=("100790", "100829"),
                    attrs=[
                        choice(
                            "millet",
                            "Millet",
                            [
                                "Sorghum (jowar)",
                                "Pearl millet (bajra)",
                                "Finger millet (ragi)",
                                "Foxtail millet",
                                "Little millet",
                                "Kodo millet",
                                "Barnyard millet",
                                "Proso millet",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "nuts-and-dried-fruits",
            "Nuts and dried fruits",
            tr(
                "Frutos secos y frutas deshidratadas",
                "المكسرات والفواكه المجففة",
                "Fruits à coque et fruits secs",
                "मेवे और सूखे फल",
            ),
            hs=("0801", "0813"),
            attrs=[
                moisture((4, 8)),
                choice(
                    "packaging",
                    "Packaging",
                    [
                        "10 kg vacuum tin",
                        "2 × 11.34 kg vacuum pouch carton",
                        "25 kg carton",
                        "Retail pouch",
                    ],
                ),
            ],
            children=[
                cat(
                    "cashew-kernels",
                    "Cashew kernels",
                    tr("Anacardos", "الكاجو", "Noix de cajou", "काजू"),
                    hs="080132",
                    attrs=[
                        choice(
                            "grade",
                            "Grade (AFI)",
                            [
                                "W180",
                                "W210",
                                "W240",
                                "W320",
                                "W450",
                                "SW320",
                                "Butts (B)",
                                "Splits (S)",
                                "LWP",
                                "SWP",
                            ],
                            required=True,
                        ),
                        boolean("roasted_salted", "Roasted and salted"),
                    ],
                ),
                cat(
                    "raisins",
                    "Raisins",
                    tr("Pasas", "الزبيب", "Raisins secs", "किशमिश"),
                    hs="080620",
                    attrs=[
                        choice(
                            "raisin_type",
                            "Type",
                            ["Golden", "Green (long)", "Black", "Brown (sun-dried)"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "walnut-kernels",
                    "Walnut kernels",
                    tr("Nueces peladas", "لب الجوز", "Cerneaux de noix", "अखरोट गिरी"),
                    hs="080232",
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "Extra light halves",
                                "Light halves",
                                "Light quarters",
                                "Light amber broken",
                                "Amber pieces",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- processed food

PROCESSED_FOOD = cat(
    "processed-food",
    "Processed food",
    tr(
        "Alimentos procesados",
        "الأغذية المصنعة",
        "Produits alimentaires transformés",
        "प्रसंस्कृत खाद्य",
    ),
    hs=("0405", "2106"),
    description="Ready-to-eat meals, pickles, snacks, flours, frozen and dehydrated products, "
    "honey and ghee from FSSAI-licensed food processors.",
    attrs=[
        shelf_life(),
        choice("storage", "Storage", ["Ambient", "Chilled", "Frozen (−18 °C)"]),
        choice(
            "diet",
            "Diet",
            [
                "Vegetarian",
                "Vegan",
                "Jain (no onion, no garlic)",
                "Contains dairy",
                "Non-vegetarian",
            ],
        ),
        text("pack_size", "Pack size", examples=["200 g", "1 kg", "10 kg bulk"]),
        choice("packaging", "Packaging", FOOD_PACKAGING),
        custom_branding(),
    ],
    children=[
        cat(
            "pickles-sauces-and-meals",
            "Pickles, sauces and ready meals",
            tr(
                "Encurtidos, salsas y platos preparados",
                "المخللات والصلصات والوجبات الجاهزة",
                "Pickles, sauces et plats cuisinés",
                "अचार, सॉस और तैयार भोजन",
            ),
            hs=("2001", "2106"),
            children=[
                cat(
                    "indian-pickles",
                    "Indian pickles",
                    tr("Encurtidos indios", "المخللات الهندية", "Pickles indiens", "भारतीय अचार"),
                    hs="200190",
                    attrs=[
                        choice(
                            "main_ingredient",
                            "Main ingredient",
                            [
                                "Mango",
                                "Lime",
                                "Mixed vegetable",
                                "Garlic",
                                "Green chilli",
                                "Gongura",
                                "Amla",
                            ],
                            required=True,
                        ),
                        choice(
                            "oil",
                            "Oil used",
                            ["Mustard oil", "Sesame (gingelly) oil", "Sunflower oil"],
                        ),
                    ],
                ),
                cat(
                    "ready-to-eat-meals",
                    "Ready-to-eat meals",
                    tr(
                        "Platos listos para comer",
                        "وجبات جاهزة للأكل",
                        "Plats prêts à consommer",
                        "रेडी-टू-ईट भोजन",
                    ),
                    hs=("200599", "210690"),
                    attrs=[
                        choice(
                            "format",
                            "Format",
                            ["Retort pouch", "Canned", "Frozen tray", "Freeze-dried"],
                            required=True,
                        ),
                        text(
                            "dish", "Dish", examples=["Dal makhani", "Palak paneer", "Veg biryani"]
                        ),
                    ],
                ),
                cat(
                    "sauces-and-chutneys",
                    "Sauces, chutneys and pastes",
                    tr(
                        "Salsas, chutneys y pastas",
                        "الصلصات والشطنيات والمعاجين",
                        "Sauces, chutneys et pâtes",
                        "सॉस, चटनी और पेस्ट",
                    ),
                    hs="210390",
                    attrs=[
                        choice(
                            "sauce_type",
                            "Type",
                            [
                                "Curry paste",
                                "Ginger-garlic paste",
                                "Mango chutney",
                                "Tamarind chutney",
                                "Tomato ketchup",
                                "Cooking sauce",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "snacks-bakery-and-confectionery",
            "Snacks, bakery and confectionery",
            tr(
                "Aperitivos, panadería y confitería",
                "الوجبات الخفيفة والمخبوزات والحلويات",
                "Snacks, boulangerie et confiserie",
                "नमकीन, बेकरी और मिठाई",
            ),
            hs=("1704", "2106"),
            children=[
                cat(
                    "namkeen-snacks",
                    "Namkeen and savoury snacks",
                    tr(
                        "Aperitivos salados namkeen",
                        "الوجبات الخفيفة المالحة (نمكين)",
                        "Snacks salés namkeen",
                        "नमकीन",
                    ),
                    hs=("190590", "210690"),
                    attrs=[
                        choice(
                            "snack_type",
                            "Type",
                            [
                                "Bhujia",
                                "Mixture",
                                "Chakli / murukku",
                                "Banana chips",
                                "Khakhra",
                                "Roasted makhana",
                            ],
                            required=True,
                        ),
                        choice(
                            "frying_oil",
                            "Cooking method",
                            ["Fried in palmolein", "Fried in groundnut oil", "Roasted / baked"],
                        ),
                    ],
                ),
                cat(
                    "biscuits-and-cookies",
                    "Biscuits and cookies",
                    tr("Galletas", "البسكويت والكوكيز", "Biscuits et cookies", "बिस्किट और कुकीज़"),
                    hs="190531",
                    attrs=[
                        choice(
                            "biscuit_type",
                            "Type",
                            ["Glucose", "Marie", "Cream sandwich", "Cookies", "Rusk", "Digestive"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "sweets-and-confectionery",
                    "Indian sweets and confectionery",
                    tr(
                        "Dulces indios y confitería",
                        "الحلويات الهندية والسكاكر",
                        "Douceurs indiennes et confiserie",
                        "भारतीय मिठाइयाँ और कन्फेक्शनरी",
                    ),
                    hs=("170490", "210690"),
                    attrs=[
                        choice(
                            "sweet_type",
                            "Type",
                            [
                                "Canned rasgulla",
                                "Canned gulab jamun",
                                "Soan papdi",
                                "Chikki",
                                "Hard-boiled candy",
                                "Toffee",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "frozen-and-dehydrated",
            "Frozen, dehydrated and fruit products",
            tr(
                "Congelados, deshidratados y derivados de frutas",
                "المنتجات المجمدة والمجففة ومنتجات الفاكهة",
                "Surgelés, déshydratés et produits de fruits",
                "फ्रोज़न, निर्जलित और फल उत्पाद",
            ),
            hs=("0710", "2008"),
            children=[
                cat(
                    "dehydrated-onion-garlic",
                    "Dehydrated onion and garlic",
                    tr(
                        "Cebolla y ajo deshidratados",
                        "البصل والثوم المجففان",
                        "Oignon et ail déshydratés",
                        "निर्जलित प्याज़ और लहसुन",
                    ),
                    hs=("071220", "071290"),
                    attrs=[
                        choice(
                            "product_form",
                            "Form",
                            ["Kibbled", "Flakes", "Chopped", "Minced", "Granules", "Powder"],
                            required=True,
                        ),
                        choice(
                            "source",
                            "Made from",
                            ["White onion", "Red onion", "Pink onion", "Garlic"],
                            required=True,
                        ),
                        number(
                            "total_plate_count",
                            "Total plate count (max.)",
                            "cfu/g",
                            typical=(50000, 100000),
                        ),
                    ],
                ),
                cat(
                    "frozen-vegetables",
                    "Frozen vegetables",
                    tr(
                        "Verduras congeladas",
                        "الخضروات المجمدة",
                        "Légumes surgelés",
                        "फ्रोज़न सब्ज़ियाँ",
                    ),
                    hs="071080",
                    attrs=[
                        choice(
                            "vegetable",
                            "Vegetable",
                            [
                                "Green peas",
                                "Mixed vegetables",
                                "Sweet corn",
                                "Okra",
                                "Drumstick",
                                "Cut beans",
                            ],
                            required=True,
                        ),
                        boolean("iqf", "IQF (individually quick frozen)"),
                    ],
                ),
                cat(
                    "fruit-pulp",
                    "Fruit pulp and concentrates",
                    tr(
                        "Pulpa y concentrados de fruta",
                        "لب الفاكهة ومركزاتها",
                        "Pulpes et concentrés de fruits",
                        "फलों का गूदा और सांद्र",
                    ),
                    hs=("200799", "200899"),
                    attrs=[
                        choice(
                            "fruit",
                            "Fruit",
                            [
                                "Alphonso mango",
                                "Totapuri mango",
                                "Kesar mango",
                                "Guava",
                                "Papaya",
                                "Banana",
                            ],
                            required=True,
                        ),
                        number("brix", "Brix", "°Bx", typical=(14, 28)),
                        choice("pack", "Pack", ["A10 can", "220 kg aseptic drum", "Frozen pail"]),
                    ],
                ),
            ],
        ),
        cat(
            "flours-and-staples",
            "Flours, mixes and staples",
            tr(
                "Harinas, premezclas y básicos",
                "الدقيق والخلطات والمواد الأساسية",
                "Farines, préparations et produits de base",
                "आटा, मिक्स और मूल खाद्य",
            ),
            hs=("1101", "1905"),
            children=[
                cat(
                    "wheat-flour",
                    "Wheat flour (atta)",
                    tr(
                        "Harina de trigo (atta)",
                        "دقيق القمح (أتا)",
                        "Farine de blé (atta)",
                        "गेहूँ का आटा",
                    ),
                    hs="110100",
                    attrs=[
                        choice(
                            "flour_type",
                            "Type",
                            [
                                "Chakki atta (whole wheat)",
                                "Maida (refined)",
                                "Sooji / semolina",
                                "Multigrain atta",
                            ],
                            required=True,
                        ),
                        number("gluten_pct", "Wet gluten", "%", typical=(24, 30)),
                    ],
                ),
                cat(
                    "gram-flour",
                    "Gram flour (besan)",
                    tr(
                        "Harina de garbanzo (besan)",
                        "دقيق الحمص (بيسان)",
                        "Farine de pois chiche (besan)",
                        "बेसन",
                    ),
                    hs="110610",
                    attrs=[
                        choice(
                            "fineness", "Fineness", ["Fine", "Coarse (laddoo besan)"], required=True
                        ),
                    ],
                ),
                cat(
                    "instant-mixes",
                    "Instant mixes",
                    tr(
                        "Premezclas instantáneas",
                        "الخلطات سريعة التحضير",
                        "Préparations instantanées",
                        "इंस्टेंट मिक्स",
                    ),
                    hs="190190",
                    attrs=[
                        choice(
                            "mix",
                            "Mix",
                            [
                                "Idli",
                                "Dosa",
                                "Dhokla",
                                "Upma",
                                "Gulab jamun",
                                "Khaman",
                                "Rava idli",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "honey-dairy-and-sweeteners",
            "Honey, ghee and natural sweeteners",
            tr(
                "Miel, ghee y edulcorantes naturales",
                "العسل والسمن والمحليات الطبيعية",
                "Miel, ghee et édulcorants naturels",
                "शहद, घी और प्राकृतिक मिठास",
            ),
            hs=("0405", "1701"),
            children=[
                cat(
                    "jaggery",
                    "Jaggery",
                    tr(
                        "Panela (jaggery)",
                        "السكر الخام (جاغري)",
                        "Jaggery (sucre de canne complet)",
                        "गुड़",
                    ),
                    hs="170113",
                    attrs=[
                        choice(
                            "jaggery_form",
                            "Form",
                            ["Blocks", "Cubes", "Powder", "Liquid"],
                            required=True,
                        ),
                        boolean("chemical_free", "Chemical-free (no hydros)"),
                    ],
                ),
                cat(
                    "natural-honey",
                    "Natural honey",
                    tr("Miel natural", "العسل الطبيعي", "Miel naturel", "प्राकृतिक शहद"),
                    hs="040900",
                    attrs=[
                        choice(
                            "floral_source",
                            "Floral source",
                            [
                                "Multiflora",
                                "Mustard",
                                "Eucalyptus",
                                "Litchi",
                                "Acacia",
                                "Jamun",
                                "Sidr",
                            ],
                            required=True,
                        ),
                        boolean("nmr_tested", "NMR tested"),
                        number("hmf_mg_kg", "HMF (max.)", "mg/kg", typical=(10, 40)),
                    ],
                ),
                cat(
                    "ghee",
                    "Ghee (clarified butter)",
                    tr(
                        "Ghee (mantequilla clarificada)",
                        "السمن (الزبدة المصفاة)",
                        "Ghee (beurre clarifié)",
                        "घी",
                    ),
                    hs="040590",
                    attrs=[
                        choice(
                            "milk_source",
                            "Milk",
                            ["Cow", "Buffalo", "A2 Gir cow", "Mixed"],
                            required=True,
                        ),
                        choice("method", "Method", ["Bilona (hand-churned)", "Creamery"]),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- marine products

SHRIMP_COUNTS = [
    "U/10",
    "8/12",
    "13/15",
    "16/20",
    "21/25",
    "26/30",
    "31/40",
    "41/50",
    "51/60",
    "61/70",
    "71/90",
    "91/120",
    "100/200",
]

MARINE = cat(
    "marine-products",
    "Marine products",
    tr("Productos del mar", "المنتجات البحرية", "Produits de la mer", "समुद्री उत्पाद"),
    hs=("0303", "2301"),
    description="Frozen shrimp, fish and cephalopods, dried fish and fish meal from MPEDA- and "
    "EIC-approved processing plants along India's coast.",
    attrs=[
        text(
            "scientific_name",
            "Species (scientific name)",
            examples=["Litopenaeus vannamei", "Penaeus monodon", "Rastrelliger kanagurta"],
        ),
        choice("catch", "Source", ["Farmed (aquaculture)", "Wild caught"]),
        boolean("eu_approved_plant", "EU-approved processing plant"),
        boolean("bap_certified", "BAP / ASC certified"),
        text("packing", "Packing", examples=["6 × 2 kg IQF bags per carton", "10 × 1 kg blocks"]),
    ],
    children=[
        cat(
            "shrimp-and-prawns",
            "Shrimp and prawns",
            tr("Camarones y langostinos", "الروبيان والقريدس", "Crevettes", "झींगा"),
            hs=("030616", "160529"),
            attrs=[
                choice(
                    "presentation",
                    "Presentation",
                    [
                        "HOSO (head on, shell on)",
                        "HLSO (headless, shell on)",
                        "PD (peeled, deveined)",
                        "PUD (peeled, undeveined)",
                        "PDTO (peeled, deveined, tail on)",
                        "EZ peel",
                        "Butterfly",
                        "Nobashi",
                    ],
                    required=True,
                ),
                choice("count", "Count per lb", SHRIMP_COUNTS, required=True),
                choice("freezing", "Freezing", ["IQF", "Semi-IQF", "Block frozen", "Blast frozen"]),
                number("glazing_pct", "Glazing", "%", typical=(5, 20)),
            ],
            children=[
                cat(
                    "vannamei-shrimp",
                    "Frozen vannamei shrimp",
                    tr(
                        "Camarón vannamei congelado",
                        "روبيان فانامي مجمد",
                        "Crevettes vannamei surgelées",
                        "फ्रोज़न वनामी झींगा",
                    ),
                    hs="030617",
                ),
                cat(
                    "black-tiger-shrimp",
                    "Frozen black tiger shrimp",
                    tr(
                        "Langostino tigre negro congelado",
                        "روبيان النمر الأسود المجمد",
                        "Crevettes tigrées noires surgelées",
                        "फ्रोज़न ब्लैक टाइगर झींगा",
                    ),
                    hs="030617",
                ),
                cat(
                    "cooked-shrimp",
                    "Cooked and value-added shrimp",
                    tr(
                        "Camarón cocido y con valor añadido",
                        "الروبيان المطبوخ ومنتجاته",
                        "Crevettes cuites et élaborées",
                        "पका और मूल्यवर्धित झींगा",
                    ),
                    hs=("160521", "160529"),
                    attrs=[
                        choice(
                            "preparation",
                            "Preparation",
                            ["Cooked", "Breaded", "Marinated", "Skewered", "Tempura"],
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "frozen-fish",
            "Frozen fish",
            tr("Pescado congelado", "الأسماك المجمدة", "Poissons surgelés", "फ्रोज़न मछली"),
            hs=("0303", "0304"),
            attrs=[
                choice(
                    "fish_form",
                    "Form",
                    ["Whole round", "Gutted and gilled", "Fillets", "Steaks", "Loins"],
                    required=True,
                ),
                text("fish_size", "Size", examples=["200–300 g", "500–800 g", "1–2 kg"]),
                choice(
                    "freezing", "Freezing", ["IQF", "Block frozen", "Blast frozen", "Plate frozen"]
                ),
                number("glazing_pct", "Glazing", "%", typical=(5, 15)),
            ],
            children=[
                cat(
                    "ribbon-fish",
                    "Ribbon fish",
                    tr("Pez sable", "سمك الشريط", "Poisson-sabre", "रिबन फ़िश (बाम)"),
                    hs="030389",
                ),
                cat(
                    "pomfret",
                    "Pomfret",
                    tr(
                        "Palometa (pomfret)",
                        "سمك البامفريت (الزبيدي)",
                        "Castagnole (pomfret)",
                        "पॉम्फ्रेट (पापलेट)",
                    ),
                    hs="030389",
                    attrs=[
                        choice(
                            "pomfret_type",
                            "Type",
                            ["Silver pomfret", "Black pomfret", "Chinese pomfret"],
                        ),
                    ],
                ),
                cat(
                    "indian-mackerel",
                    "Indian mackerel",
                    tr("Caballa india", "الماكريل الهندي", "Maquereau indien", "बांगड़ा (मैकेरल)"),
                    hs="030354",
                ),
                cat(
                    "tuna",
                    "Tuna",
                    tr("Atún", "التونة", "Thon", "टूना"),
                    hs=("030341", "030487"),
                    attrs=[
                        choice(
                            "tuna_species",
                            "Species",
                            ["Yellowfin", "Skipjack", "Bigeye", "Longtail"],
                        ),
                        boolean("co_treated", "CO treated (loins)"),
                    ],
                ),
            ],
        ),
        cat(
            "cephalopods",
            "Squid and cuttlefish",
            tr("Calamar y sepia", "الحبار والسبيدج", "Calmar et seiche", "स्क्विड और कटलफ़िश"),
            hs=("030743", "030752"),
            attrs=[
                choice(
                    "cephalopod_form",
                    "Form",
                    ["Whole round", "Whole cleaned", "Tubes", "Rings", "Tentacles", "Fillets"],
                    required=True,
                ),
                text(
                    "cephalopod_size", "Size", examples=["U/5 per kg", "10/20 cm", "40/60 pcs/kg"]
                ),
                choice("freezing", "Freezing", ["IQF", "Block frozen", "Semi-IQF"]),
            ],
            children=[
                cat(
                    "squid",
                    "Squid",
                    tr("Calamar", "الحبار", "Calmar", "स्क्विड"),
                    hs="030743",
                ),
                cat(
                    "cuttlefish",
                    "Cuttlefish",
                    tr("Sepia", "السبيدج (الحبار العريض)", "Seiche", "कटलफ़िश"),
                    hs="030743",
                ),
            ],
        ),
        cat(
            "dried-fish-and-fishmeal",
            "Dried fish and fish meal",
            tr(
                "Pescado seco y harina de pescado",
                "الأسماك المجففة ومسحوق السمك",
                "Poisson séché et farine de poisson",
                "सूखी मछली और फ़िश मील",
            ),
            hs=("0305", "2301"),
            children=[
                cat(
                    "dried-fish",
                    "Dried fish",
                    tr("Pescado seco", "الأسماك المجففة", "Poisson séché", "सूखी मछली"),
                    hs=("030554", "030559"),
                    attrs=[
                        choice(
                            "drying",
                            "Drying",
                            ["Sun dried", "Mechanically dried", "Salted and dried", "Smoked"],
                            required=True,
                        ),
                        moisture((15, 25)),
                    ],
                ),
                cat(
                    "fish-meal",
                    "Fish meal",
                    tr("Harina de pescado", "مسحوق السمك", "Farine de poisson", "फ़िश मील"),
                    hs="230120",
                    attrs=[
                        number(
                            "protein_pct",
                            "Crude protein (min.)",
                            "%",
                            typical=(55, 68),
                            required=True,
                        ),
                        number("fat_pct", "Fat (max.)", "%", typical=(8, 12)),
                        number("ash_pct", "Ash (max.)", "%", typical=(16, 22)),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- textiles and apparel

FABRIC_FINISHES = [
    "Greige",
    "RFD (ready for dyeing)",
    "Bleached",
    "Piece dyed",
    "Yarn dyed",
    "Printed",
    "Hand block printed",
]

TEXTILES = cat(
    "textiles-and-apparel",
    "Textiles and apparel",
    tr("Textiles y confección", "المنسوجات والملابس", "Textiles et habillement", "वस्त्र और परिधान"),
    hs=("5004", "6217"),
    description="Yarns, woven and knitted fabrics, garments and ethnic wear from Tiruppur, "
    "Ludhiana, Surat, Bengaluru, Jaipur and Kolkata.",
    attrs=[
        text(
            "composition",
            "Composition",
            required=True,
            filterable=True,
            examples=["100% cotton", "65% polyester / 35% cotton", "95% cotton / 5% elastane"],
        ),
        colour(),
        choice(
            "sustainability",
            "Sustainable fibre",
            ["Conventional", "Organic (GOTS)", "BCI cotton", "Recycled (GRS)", "Fairtrade cotton"],
        ),
    ],
    children=[
        cat(
            "yarns",
            "Yarns",
            tr("Hilados", "الغزول", "Fils", "धागे (यार्न)"),
            hs=("5004", "5510"),
            attrs=[
                number("count_ne", "Count", "Ne", typical=(16, 60), required=True),
                choice("ply", "Ply", ["Single", "2-ply", "3-ply", "Multi-ply"]),
                choice(
                    "spinning",
                    "Spinning",
                    ["Ring spun combed", "Ring spun carded", "Compact", "Open end", "Vortex"],
                ),
                choice("end_use", "End use", ["Weaving", "Knitting", "Sewing thread", "Carpet"]),
                choice("put_up", "Put-up", ["Cones", "Hanks", "Cheeses"]),
            ],
            children=[
                cat(
                    "cotton-yarn",
                    "Cotton yarn",
                    tr("Hilo de algodón", "غزل القطن", "Fil de coton", "सूती धागा"),
                    hs=("520511", "520548"),
                ),
                cat(
                    "polyester-yarn",
                    "Polyester and blended yarn",
                    tr(
                        "Hilo de poliéster y mezclas",
                        "غزل البوليستر والمخلوط",
                        "Fil polyester et mélangé",
                        "पॉलिएस्टर और मिश्रित धागा",
                    ),
                    hs=("550911", "550959"),
                ),
                cat(
                    "viscose-yarn",
                    "Viscose yarn",
                    tr("Hilo de viscosa", "غزل الفيسكوز", "Fil de viscose", "विस्कोस धागा"),
                    hs=("551011", "551090"),
                ),
            ],
        ),
        cat(
            "fabrics",
            "Fabrics",
            tr("Tejidos", "الأقمشة", "Tissus", "कपड़े (फ़ैब्रिक)"),
            hs=("5007", "6006"),
            attrs=[
                number("gsm", "Weight", "g/m²", typical=(90, 320), required=True),
                number("width_in", "Width", "inches", typical=(44, 63)),
                choice(
                    "weave",
                    "Weave / knit",
                    [
                        "Plain",
                        "Poplin",
                        "Twill",
                        "Satin",
                        "Oxford",
                        "Dobby",
                        "Jacquard",
                        "Canvas",
                        "Single jersey",
                        "Rib",
                        "Interlock",
                        "Pique",
                        "Fleece",
                    ],
                ),
                choice("finish", "Finish", FABRIC_FINISHES),
                text(
                    "construction",
                    "Construction",
                    examples=["40s × 40s / 132 × 72", "20s × 16s / 108 × 56"],
                ),
            ],
            children=[
                cat(
                    "cotton-fabric",
                    "Cotton fabric",
                    tr("Tejido de algodón", "قماش قطني", "Tissu de coton", "सूती कपड़ा"),
                    hs=("520811", "521259"),
                    required=("finish",),
                ),
                cat(
                    "denim-fabric",
                    "Denim fabric",
                    tr("Tejido vaquero (denim)", "قماش الدنيم", "Toile denim", "डेनिम कपड़ा"),
                    hs=("520942", "521142"),
                    attrs=[
                        number("weight_oz", "Weight", "oz/yd²", typical=(8, 14.5)),
                        choice("stretch", "Stretch", ["Rigid", "Comfort stretch", "Power stretch"]),
                    ],
                ),
                cat(
                    "silk-fabric",
                    "Silk fabric",
                    tr("Tejido de seda", "قماش الحرير", "Tissu de soie", "रेशमी कपड़ा"),
                    hs=("500710", "500790"),
                    attrs=[
                        choice(
                            "silk_type",
                            "Silk",
                            ["Mulberry", "Tussar", "Eri", "Muga", "Dupion", "Spun silk"],
                            required=True,
                        ),
                        number("momme", "Momme", "mm", typical=(12, 30)),
                    ],
                ),
                cat(
                    "viscose-fabric",
                    "Viscose and rayon fabric",
                    tr(
                        "Tejido de viscosa y rayón",
                        "قماش الفيسكوز والرايون",
                        "Tissu viscose et rayonne",
                        "विस्कोस और रेयॉन कपड़ा",
                    ),
                    hs=("551611", "551694"),
                    required=("finish",),
                ),
                cat(
                    "linen-fabric",
                    "Linen fabric",
                    tr("Tejido de lino", "قماش الكتان", "Tissu de lin", "लिनन कपड़ा"),
                    hs=("530911", "530929"),
                    required=("finish",),
                ),
                cat(
                    "knitted-fabric",
                    "Knitted fabric",
                    tr(
                        "Tejido de punto",
                        "القماش المحبوك (التريكو)",
                        "Étoffe de bonneterie",
                        "बुना हुआ (निटेड) कपड़ा",
                    ),
                    hs=("600610", "600690"),
                    required=("weave",),
                ),
            ],
        ),
        cat(
            "apparel",
            "Apparel",
            tr("Prendas de vestir", "الملابس الجاهزة", "Vêtements", "परिधान"),
            hs=("6101", "6217"),
            attrs=[
                choice("gender", "For", GENDERS),
                text(
                    "size_range",
                    "Size range",
                    required=True,
                    filterable=True,
                    examples=["S–XXL", "2–14 years", "EU 36–46"],
                ),
                number("fabric_gsm", "Fabric weight", "g/m²", typical=(120, 280)),
                choice(
                    "decoration",
                    "Decoration",
                    [
                        "Plain",
                        "Screen print",
                        "Digital print",
                        "Embroidery",
                        "Yarn dyed",
                        "Garment dyed",
                    ],
                ),
                number(
                    "moq_per_style",
                    "MOQ per style and colour",
                    "pieces",
                    typical=(300, 1000),
                    filterable=False,
                ),
            ],
            children=[
                cat(
                    "mens-shirts",
                    "Men's shirts",
                    tr("Camisas de hombre", "قمصان رجالية", "Chemises homme", "पुरुषों की शर्ट"),
                    hs=("620520", "620590"),
                    attrs=[
                        choice("sleeve", "Sleeve", ["Full sleeve", "Half sleeve"]),
                        choice("fit", "Fit", ["Regular", "Slim", "Relaxed"]),
                    ],
                ),
                cat(
                    "t-shirts-and-polos",
                    "T-shirts and polo shirts",
                    tr(
                        "Camisetas y polos",
                        "القمصان القطنية (تي شيرت) والبولو",
                        "T-shirts et polos",
                        "टी-शर्ट और पोलो",
                    ),
                    hs=("610510", "610990"),
                    attrs=[
                        choice("neck", "Neck", ["Crew neck", "V-neck", "Polo collar", "Henley"]),
                    ],
                ),
                cat(
                    "womens-dresses-and-tops",
                    "Women's dresses and tops",
                    tr(
                        "Vestidos y blusas de mujer",
                        "فساتين وبلوزات نسائية",
                        "Robes et hauts femme",
                        "महिलाओं की ड्रेस और टॉप",
                    ),
                    hs=("620442", "620640"),
                ),
                cat(
                    "jeans-and-trousers",
                    "Jeans and trousers",
                    tr(
                        "Vaqueros y pantalones",
                        "الجينز والسراويل",
                        "Jeans et pantalons",
                        "जींस और ट्राउज़र",
                    ),
                    hs=("620342", "620469"),
                    attrs=[
                        choice(
                            "wash",
                            "Wash",
                            ["Raw", "Rinse", "Stone wash", "Acid wash", "Enzyme wash"],
                        ),
                    ],
                ),
                cat(
                    "kidswear",
                    "Kidswear and babywear",
                    tr(
                        "Ropa infantil y de bebé",
                        "ملابس الأطفال والرضّع",
                        "Vêtements enfants et bébés",
                        "बच्चों और शिशुओं के कपड़े",
                    ),
                    hs=("611120", "620920"),
                ),
                cat(
                    "activewear",
                    "Activewear and sportswear",
                    tr("Ropa deportiva", "الملابس الرياضية", "Vêtements de sport", "स्पोर्ट्सवियर"),
                    hs=("611211", "611300"),
                    attrs=[
                        boolean("moisture_wicking", "Moisture wicking"),
                    ],
                ),
                cat(
                    "workwear-and-uniforms",
                    "Workwear and uniforms",
                    tr(
                        "Ropa de trabajo y uniformes",
                        "ملابس العمل والزي الموحد",
                        "Vêtements de travail et uniformes",
                        "वर्कवियर और यूनिफ़ॉर्म",
                    ),
                    hs=("620332", "621143"),
                    attrs=[
                        choice(
                            "protection",
                            "Protection",
                            [
                                "None",
                                "Hi-visibility (EN ISO 20471)",
                                "Flame retardant",
                                "Anti-static",
                            ],
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "ethnic-wear",
            "Ethnic wear",
            tr(
                "Ropa étnica india",
                "الأزياء الهندية التقليدية",
                "Tenues ethniques indiennes",
                "पारंपरिक परिधान",
            ),
            hs=("5007", "6214"),
            attrs=[
                choice(
                    "craft",
                    "Craft / work",
                    [
                        "Hand block print",
                        "Zari weave",
                        "Chikankari",
                        "Bandhani",
                        "Ikat",
                        "Kantha",
                        "Phulkari",
                        "Digital print",
                        "Plain",
                    ],
                    required=True,
                ),
                boolean("handloom", "Handloom (India Handloom brand)"),
            ],
            children=[
                cat(
                    "sarees",
                    "Sarees",
                    tr("Saris", "الساري", "Saris", "साड़ियाँ"),
                    hs=("500720", "540752"),
                    attrs=[
                        choice(
                            "saree_style",
                            "Style",
                            [
                                "Banarasi",
                                "Kanjeevaram",
                                "Chanderi",
                                "Paithani",
                                "Patola",
                                "Tant",
                                "Sambalpuri",
                                "Printed georgette",
                            ],
                        ),
                        number("length_m", "Length with blouse piece", "m", typical=(5.5, 6.3)),
                    ],
                ),
                cat(
                    "kurtis-and-suits",
                    "Kurtis and salwar suits",
                    tr(
                        "Kurtis y trajes salwar",
                        "الكورتي وبدلات السلوار",
                        "Kurtis et ensembles salwar",
                        "कुर्ती और सलवार सूट",
                    ),
                    hs=("620442", "621142"),
                    attrs=[
                        text("size_range", "Size range", examples=["S–XXL", "XS–3XL"]),
                    ],
                ),
                cat(
                    "scarves-and-stoles",
                    "Scarves, stoles and shawls",
                    tr(
                        "Bufandas, estolas y chales",
                        "الأوشحة والشالات",
                        "Écharpes, étoles et châles",
                        "स्कार्फ़, स्टोल और शॉल",
                    ),
                    hs=("621410", "621490"),
                    attrs=[
                        text("scarf_size", "Size", examples=["70 × 180 cm", "100 × 200 cm"]),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- home furnishing

HOME_FURNISHING = cat(
    "home-furnishing",
    "Home furnishing",
    tr(
        "Textiles y mobiliario para el hogar",
        "المفروشات المنزلية",
        "Ameublement et linge de maison",
        "गृह सज्जा",
    ),
    hs=("5701", "9404"),
    description="Hand-knotted carpets from Bhadohi and Jaipur, bed and bath linen from Karur and "
    "Panipat, solid-wood furniture from Jodhpur and Saharanpur.",
    attrs=[
        text(
            "material",
            "Material",
            filterable=True,
            examples=["100% cotton", "Wool", "Sheesham wood"],
        ),
        colour(),
        dimensions(),
        custom_branding(),
    ],
    children=[
        cat(
            "rugs-and-carpets",
            "Rugs and carpets",
            tr("Alfombras", "السجاد والبسط", "Tapis", "कालीन और दरियाँ"),
            hs=("5701", "5705"),
            attrs=[
                choice(
                    "pile_material",
                    "Pile material",
                    [
                        "New Zealand wool",
                        "Indian wool",
                        "Wool and silk",
                        "Bamboo silk (viscose)",
                        "Cotton",
                        "Jute",
                        "Recycled PET",
                    ],
                    required=True,
                ),
                text(
                    "rug_size",
                    "Size",
                    required=True,
                    filterable=True,
                    examples=["160 × 230 cm", "200 × 300 cm", "8 × 10 ft"],
                ),
                number("pile_height_mm", "Pile height", "mm", typical=(5, 20)),
            ],
            children=[
                cat(
                    "hand-knotted-carpets",
                    "Hand-knotted carpets",
                    tr(
                        "Alfombras anudadas a mano",
                        "سجاد معقود يدوياً",
                        "Tapis noués main",
                        "हाथ से बुने कालीन",
                    ),
                    hs="570110",
                    attrs=[
                        number("knots_per_sq_in", "Knot density", "knots/in²", typical=(60, 200)),
                    ],
                ),
                cat(
                    "hand-tufted-rugs",
                    "Hand-tufted rugs",
                    tr(
                        "Alfombras tufting a mano",
                        "سجاد مُخصّل يدوياً",
                        "Tapis tuftés main",
                        "हैंड-टफ़्टेड कालीन",
                    ),
                    hs="570320",
                ),
                cat(
                    "dhurries",
                    "Flatweave dhurries and kilims",
                    tr(
                        "Dhurries y kilims de tejido plano",
                        "الدُرّي والكليم المنسوجة المسطحة",
                        "Dhurries et kilims tissés à plat",
                        "दरियाँ और किलिम",
                    ),
                    hs=("570210", "570299"),
                ),
                cat(
                    "jute-rugs",
                    "Jute and natural fibre rugs",
                    tr(
                        "Alfombras de yute y fibra natural",
                        "سجاد الجوت والألياف الطبيعية",
                        "Tapis en jute et fibres naturelles",
                        "जूट और प्राकृतिक रेशे के कालीन",
                    ),
                    hs=("570239", "570500"),
                ),
            ],
        ),
        cat(
            "bed-bath-and-table-linen",
            "Bed, bath and table linen",
            tr(
                "Ropa de cama, baño y mesa",
                "مفروشات السرير والحمام والمائدة",
                "Linge de lit, de bain et de table",
                "बेड, बाथ और टेबल लिनन",
            ),
            hs=("6302", "9404"),
            attrs=[
                choice(
                    "finish",
                    "Finish",
                    [
                        "Solid dyed",
                        "Printed",
                        "Hand block printed",
                        "Yarn dyed",
                        "Embroidered",
                        "White (hotel)",
                    ],
                ),
                boolean("oeko_tex", "OEKO-TEX Standard 100"),
            ],
            children=[
                cat(
                    "bed-linen",
                    "Bed sheets and duvet covers",
                    tr(
                        "Sábanas y fundas nórdicas",
                        "ملاءات السرير وأغطية اللحاف",
                        "Draps et housses de couette",
                        "बेडशीट और रज़ाई कवर",
                    ),
                    hs=("630221", "630232"),
                    attrs=[
                        number(
                            "thread_count", "Thread count", "TC", typical=(144, 600), required=True
                        ),
                        choice(
                            "bed_size", "Size", ["Single", "Double", "Queen", "King", "Super king"]
                        ),
                    ],
                ),
                cat(
                    "quilts-and-bedspreads",
                    "Quilts and bedspreads",
                    tr(
                        "Colchas y edredones",
                        "الألحفة ومفارش الأسرّة",
                        "Courtepointes et couvre-lits",
                        "रज़ाई और बेडकवर",
                    ),
                    hs=("630419", "940490"),
                    attrs=[
                        choice(
                            "quilt_type",
                            "Type",
                            [
                                "Kantha quilt",
                                "Jaipuri razai",
                                "Patchwork quilt",
                                "Bedspread",
                                "Comforter",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "terry-towels",
                    "Terry towels",
                    tr(
                        "Toallas de rizo",
                        "المناشف القطنية (تيري)",
                        "Serviettes éponge",
                        "टेरी तौलिये",
                    ),
                    hs="630260",
                    attrs=[
                        number("towel_gsm", "Weight", "g/m²", typical=(400, 700), required=True),
                        choice(
                            "towel_set",
                            "Type",
                            [
                                "Bath towel",
                                "Hand towel",
                                "Face towel",
                                "Bath sheet",
                                "Bath mat",
                                "Set",
                            ],
                        ),
                    ],
                ),
                cat(
                    "cushion-covers",
                    "Cushion covers",
                    tr("Fundas de cojín", "أغطية الوسائد", "Housses de coussin", "कुशन कवर"),
                    hs="630492",
                    attrs=[
                        choice(
                            "cushion_size",
                            "Size",
                            ["40 × 40 cm", "45 × 45 cm", "50 × 50 cm", "30 × 50 cm", "60 × 60 cm"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "curtains",
                    "Curtains and drapes",
                    tr("Cortinas", "الستائر", "Rideaux et voilages", "पर्दे"),
                    hs=("630391", "630399"),
                    attrs=[
                        choice(
                            "heading",
                            "Heading",
                            ["Eyelet", "Rod pocket", "Tab top", "Pinch pleat"],
                            required=True,
                        ),
                        boolean("blackout", "Blackout lining"),
                    ],
                ),
                cat(
                    "table-linen",
                    "Table and kitchen linen",
                    tr(
                        "Mantelería y textiles de cocina",
                        "مفارش المائدة ومنسوجات المطبخ",
                        "Linge de table et de cuisine",
                        "टेबल और किचन लिनन",
                    ),
                    hs=("630251", "630291"),
                    attrs=[
                        choice(
                            "table_item",
                            "Item",
                            [
                                "Tablecloth",
                                "Table runner",
                                "Napkins",
                                "Placemats",
                                "Kitchen towels",
                                "Aprons",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "furniture",
            "Furniture",
            tr("Muebles", "الأثاث", "Mobilier", "फ़र्नीचर"),
            hs=("9401", "9403"),
            attrs=[
                choice(
                    "finish",
                    "Finish",
                    [
                        "Natural",
                        "Walnut stain",
                        "Distressed",
                        "Painted",
                        "Lacquered",
                        "Powder coated",
                    ],
                ),
                boolean("knock_down", "Flat-packed (knock-down)"),
                choice(
                    "room",
                    "Room",
                    [
                        "Living room",
                        "Dining room",
                        "Bedroom",
                        "Office",
                        "Outdoor / garden",
                        "Hospitality",
                    ],
                    required=True,
                ),
            ],
            children=[
                cat(
                    "solid-wood-furniture",
                    "Solid wood furniture",
                    tr(
                        "Muebles de madera maciza",
                        "أثاث الخشب الصلب",
                        "Meubles en bois massif",
                        "ठोस लकड़ी का फ़र्नीचर",
                    ),
                    hs=("940330", "940360"),
                    attrs=[
                        choice(
                            "wood",
                            "Wood",
                            [
                                "Sheesham (Indian rosewood)",
                                "Mango wood",
                                "Acacia",
                                "Teak",
                                "Rubberwood",
                                "Reclaimed wood",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "metal-furniture",
                    "Metal and wrought-iron furniture",
                    tr(
                        "Muebles de metal y hierro forjado",
                        "الأثاث المعدني والحديد المطاوع",
                        "Meubles en métal et fer forgé",
                        "धातु और लोहे का फ़र्नीचर",
                    ),
                    hs=("940310", "940320"),
                ),
                cat(
                    "cane-and-bamboo-furniture",
                    "Cane, rattan and bamboo furniture",
                    tr(
                        "Muebles de caña, ratán y bambú",
                        "أثاث الخيزران والروطان والبامبو",
                        "Meubles en rotin et bambou",
                        "बेंत और बांस का फ़र्नीचर",
                    ),
                    hs=("940382", "940383"),
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- handicrafts

HANDICRAFTS = cat(
    "handicrafts",
    "Handicrafts",
    tr("Artesanía", "الحرف اليدوية", "Artisanat", "हस्तशिल्प"),
    hs=("3307", "9701"),
    description="Woodcraft, brass and copperware, marble inlay, blue pottery, jute, coir, folk "
    "paintings and incense from India's artisan clusters, many with a GI tag.",
    attrs=[
        text(
            "craft_cluster",
            "Craft cluster",
            examples=["Moradabad", "Saharanpur", "Khurja", "Channapatna"],
        ),
        boolean("handmade", "Handmade"),
        boolean("gi_tagged", "GI-tagged craft"),
        dimensions(),
        custom_branding(),
    ],
    children=[
        cat(
            "woodcraft",
            "Woodcraft",
            tr("Artesanía en madera", "المشغولات الخشبية", "Artisanat du bois", "काष्ठ शिल्प"),
            hs=("4414", "4420"),
            attrs=[
                choice(
                    "wood",
                    "Wood",
                    [
                        "Sheesham",
                        "Mango wood",
                        "Acacia",
                        "Walnut wood",
                        "Sandalwood",
                        "Rosewood",
                        "Neem wood",
                    ],
                    required=True,
                ),
            ],
            children=[
                cat(
                    "wooden-decor",
                    "Wooden carvings and décor",
                    tr(
                        "Tallas y decoración de madera",
                        "المنحوتات والديكور الخشبي",
                        "Sculptures et décoration en bois",
                        "लकड़ी की नक्काशी और सजावट",
                    ),
                    hs="442090",
                ),
                cat(
                    "wooden-kitchenware",
                    "Wooden kitchenware and serveware",
                    tr(
                        "Utensilios de cocina y servicio de madera",
                        "أدوات المطبخ والتقديم الخشبية",
                        "Ustensiles de cuisine et de service en bois",
                        "लकड़ी के रसोई और सर्विंग बर्तन",
                    ),
                    hs=("441911", "441990"),
                    attrs=[
                        boolean("food_safe_finish", "Food-safe finish"),
                    ],
                ),
            ],
        ),
        cat(
            "metal-crafts",
            "Metal crafts",
            tr("Artesanía en metal", "المشغولات المعدنية", "Artisanat du métal", "धातु शिल्प"),
            hs=("7323", "8306"),
            attrs=[
                choice(
                    "metal_finish",
                    "Finish",
                    [
                        "Antique",
                        "Polished",
                        "Hammered",
                        "Enamelled",
                        "Lacquered",
                        "Powder coated",
                        "Nickel plated",
                    ],
                ),
            ],
            children=[
                cat(
                    "brass-artware",
                    "Brass artware",
                    tr(
                        "Objetos de latón",
                        "التحف النحاسية الصفراء",
                        "Objets d'art en laiton",
                        "पीतल की कलाकृतियाँ",
                    ),
                    hs=("830621", "830629"),
                    attrs=[
                        choice(
                            "item",
                            "Item",
                            [
                                "Idol / figurine",
                                "Diya / lamp",
                                "Bell",
                                "Vase",
                                "Bowl",
                                "Candle holder",
                                "Wall décor",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "copperware",
                    "Copper bottles and utensils",
                    tr(
                        "Botellas y utensilios de cobre",
                        "زجاجات وأواني النحاس",
                        "Bouteilles et ustensiles en cuivre",
                        "तांबे की बोतलें और बर्तन",
                    ),
                    hs="741810",
                    attrs=[
                        choice(
                            "copper_item",
                            "Item",
                            ["Water bottle", "Jug", "Tumbler", "Serving bowl", "Moscow mule mug"],
                            required=True,
                        ),
                        boolean("lacquer_coated", "Anti-tarnish lacquer"),
                    ],
                ),
                cat(
                    "iron-decor",
                    "Wrought-iron décor",
                    tr(
                        "Decoración de hierro forjado",
                        "ديكور الحديد المطاوع",
                        "Décoration en fer forgé",
                        "लोहे की सजावटी वस्तुएँ",
                    ),
                    hs="732690",
                    attrs=[
                        choice(
                            "iron_item",
                            "Item",
                            [
                                "Wall art",
                                "Planter",
                                "Lantern",
                                "Candle stand",
                                "Shelf",
                                "Garden décor",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "stone-pottery-and-glass",
            "Stone, pottery and glass",
            tr(
                "Piedra, cerámica y vidrio",
                "الحجر والفخار والزجاج",
                "Pierre, poterie et verre",
                "पत्थर, मिट्टी और कांच शिल्प",
            ),
            hs=("6802", "7018"),
            children=[
                cat(
                    "marble-crafts",
                    "Marble and stone crafts",
                    tr(
                        "Artesanía en mármol y piedra",
                        "المشغولات الرخامية والحجرية",
                        "Artisanat en marbre et pierre",
                        "संगमरमर और पत्थर शिल्प",
                    ),
                    hs=("680221", "680299"),
                    attrs=[
                        choice(
                            "stone",
                            "Stone",
                            ["Makrana marble", "Soapstone", "Sandstone", "Black marble", "Granite"],
                            required=True,
                        ),
                        boolean("inlay_work", "Pietra dura inlay work"),
                    ],
                ),
                cat(
                    "pottery-and-ceramics",
                    "Pottery and ceramics",
                    tr(
                        "Alfarería y cerámica",
                        "الفخار والخزف",
                        "Poterie et céramique",
                        "मिट्टी के बर्तन और सिरेमिक",
                    ),
                    hs=("691200", "691390"),
                    attrs=[
                        choice(
                            "ceramic_style",
                            "Style",
                            [
                                "Jaipur blue pottery",
                                "Khurja stoneware",
                                "Terracotta",
                                "Black pottery (Nizamabad)",
                                "Hand-painted ceramic",
                            ],
                            required=True,
                        ),
                        boolean("lead_free_glaze", "Lead-free glaze"),
                    ],
                ),
                cat(
                    "glass-crafts",
                    "Glass crafts and bangles",
                    tr(
                        "Artesanía en vidrio y brazaletes",
                        "المشغولات الزجاجية والأساور",
                        "Artisanat du verre et bracelets",
                        "कांच शिल्प और चूड़ियाँ",
                    ),
                    hs=("701391", "701890"),
                    attrs=[
                        choice(
                            "glass_item",
                            "Item",
                            [
                                "Bangles",
                                "Beads",
                                "Vases",
                                "Tealight holders",
                                "Christmas ornaments",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "natural-fibre-crafts",
            "Jute, coir and natural fibre crafts",
            tr(
                "Artesanía de yute, coco y fibras naturales",
                "حرف الجوت وألياف جوز الهند والألياف الطبيعية",
                "Artisanat en jute, coco et fibres naturelles",
                "जूट, नारियल रेशा और प्राकृतिक रेशा शिल्प",
            ),
            hs=("4202", "6305"),
            children=[
                cat(
                    "jute-bags",
                    "Jute bags",
                    tr("Bolsas de yute", "الحقائب الجوتية", "Sacs en jute", "जूट बैग"),
                    hs=("420222", "630510"),
                    attrs=[
                        choice(
                            "bag_type",
                            "Type",
                            [
                                "Shopping tote",
                                "Wine bag",
                                "Drawstring pouch",
                                "Promotional bag",
                                "Sacking (food grade)",
                            ],
                            required=True,
                        ),
                        boolean("laminated", "Laminated inside"),
                    ],
                ),
                cat(
                    "baskets",
                    "Baskets and wickerwork",
                    tr(
                        "Cestas y cestería",
                        "السلال ومشغولات الخوص",
                        "Paniers et vannerie",
                        "टोकरियाँ और बेंत का काम",
                    ),
                    hs=("460211", "460219"),
                    attrs=[
                        choice(
                            "fibre",
                            "Fibre",
                            [
                                "Bamboo",
                                "Cane",
                                "Sabai grass",
                                "Water hyacinth",
                                "Seagrass",
                                "Palm leaf",
                                "Kauna reed",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "coir-products",
                    "Coir products",
                    tr(
                        "Productos de fibra de coco",
                        "منتجات ألياف جوز الهند",
                        "Produits en fibre de coco",
                        "नारियल रेशा (कॉयर) उत्पाद",
                    ),
                    hs=("530511", "570220"),
                    attrs=[
                        choice(
                            "coir_item",
                            "Item",
                            [
                                "Door mat",
                                "Coir mattings",
                                "Coir pith blocks",
                                "Geotextile",
                                "Coir rope",
                                "Garden articles",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "art-and-fragrance",
            "Folk art, incense and candles",
            tr(
                "Arte popular, incienso y velas",
                "الفن الشعبي والبخور والشموع",
                "Art populaire, encens et bougies",
                "लोक कला, अगरबत्ती और मोमबत्तियाँ",
            ),
            hs=("3307", "9701"),
            children=[
                cat(
                    "folk-paintings",
                    "Folk paintings",
                    tr(
                        "Pinturas populares",
                        "اللوحات الشعبية",
                        "Peintures populaires",
                        "लोक चित्रकला",
                    ),
                    hs=("970110", "970191"),
                    attrs=[
                        choice(
                            "art_form",
                            "Art form",
                            [
                                "Madhubani",
                                "Warli",
                                "Pattachitra",
                                "Gond",
                                "Kalamkari",
                                "Tanjore",
                                "Pichwai",
                                "Phad",
                            ],
                            required=True,
                        ),
                        choice(
                            "medium",
                            "Medium",
                            ["Handmade paper", "Canvas", "Cloth", "Wood panel", "Silk"],
                        ),
                    ],
                ),
                cat(
                    "incense-sticks",
                    "Incense sticks and dhoop",
                    tr(
                        "Varillas de incienso y dhoop",
                        "أعواد البخور والدوب",
                        "Bâtonnets d'encens et dhoop",
                        "अगरबत्ती और धूप",
                    ),
                    hs="330741",
                    attrs=[
                        choice(
                            "incense_type",
                            "Type",
                            [
                                "Masala agarbatti",
                                "Charcoal (dipped) agarbatti",
                                "Dhoop sticks",
                                "Cones",
                                "Raw (unscented) sticks",
                            ],
                            required=True,
                        ),
                        text(
                            "fragrance",
                            "Fragrance",
                            examples=["Sandalwood", "Nag champa", "Rose", "Lavender"],
                        ),
                        number("sticks_per_pack", "Sticks per pack", "sticks", typical=(15, 100)),
                    ],
                ),
                cat(
                    "candles",
                    "Candles",
                    tr("Velas", "الشموع", "Bougies", "मोमबत्तियाँ"),
                    hs="340600",
                    attrs=[
                        choice(
                            "wax",
                            "Wax",
                            ["Soy wax", "Paraffin", "Beeswax", "Palm wax", "Blend"],
                            required=True,
                        ),
                        number("burn_time_h", "Burn time", "hours", typical=(8, 60)),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- leather

LEATHER = cat(
    "leather-and-leather-products",
    "Leather and leather products",
    tr(
        "Cuero y artículos de cuero",
        "الجلود والمنتجات الجلدية",
        "Cuir et articles en cuir",
        "चमड़ा और चमड़े के उत्पाद",
    ),
    hs=("4104", "6406"),
    description="Finished leather, footwear, bags, belts, garments and saddlery from Chennai, "
    "Ambur, Vaniyambadi, Kanpur, Agra and Kolkata.",
    attrs=[
        choice(
            "tanning",
            "Tanning",
            ["Chrome tanned", "Vegetable tanned", "Chrome-free (wet white)", "Combination tanned"],
        ),
        choice(
            "lwg_rating",
            "Tannery rating",
            ["LWG Gold", "LWG Silver", "LWG Bronze", "LWG audited", "Not rated"],
        ),
        colour(),
        custom_branding(),
    ],
    children=[
        cat(
            "finished-leather",
            "Finished leather",
            tr("Cuero acabado", "الجلود المشطبة", "Cuir fini", "तैयार चमड़ा"),
            hs=("4104", "4115"),
            attrs=[
                number("thickness_mm", "Thickness", "mm", typical=(0.8, 2.2), required=True),
                choice(
                    "grain",
                    "Finish",
                    [
                        "Full grain",
                        "Corrected grain",
                        "Nubuck",
                        "Suede",
                        "Nappa",
                        "Crust",
                        "Pull-up",
                        "Patent",
                        "Printed / embossed",
                    ],
                ),
                text(
                    "article_size",
                    "Average size",
                    examples=["22–26 sq ft (sides)", "5–7 sq ft (skins)"],
                ),
                choice("selection", "Selection", ["TR1", "TR2", "TR3", "A/B", "A/B/C", "Lot"]),
            ],
            children=[
                cat(
                    "bovine-leather",
                    "Cow and buffalo leather",
                    tr(
                        "Cuero de vaca y búfalo",
                        "جلود الأبقار والجاموس",
                        "Cuir de vache et de buffle",
                        "गाय और भैंस का चमड़ा",
                    ),
                    hs=("410711", "410799"),
                    attrs=[
                        choice(
                            "end_use",
                            "End use",
                            ["Shoe upper", "Upholstery", "Garment", "Bags", "Lining", "Sole"],
                        ),
                    ],
                ),
                cat(
                    "goat-leather",
                    "Goat and kid leather",
                    tr(
                        "Cuero de cabra y cabritilla",
                        "جلود الماعز والجداء",
                        "Cuir de chèvre et de chevreau",
                        "बकरी का चमड़ा",
                    ),
                    hs=("410621", "410622"),
                ),
                cat(
                    "sheep-leather",
                    "Sheep and lamb leather",
                    tr(
                        "Cuero de oveja y cordero",
                        "جلود الأغنام والحملان",
                        "Cuir de mouton et d'agneau",
                        "भेड़ का चमड़ा",
                    ),
                    hs=("411200", "411200"),
                ),
            ],
        ),
        cat(
            "footwear",
            "Footwear",
            tr("Calzado", "الأحذية", "Chaussures", "जूते-चप्पल"),
            hs=("6401", "6406"),
            attrs=[
                choice(
                    "upper",
                    "Upper",
                    [
                        "Full-grain leather",
                        "Nubuck",
                        "Suede",
                        "Canvas",
                        "Synthetic (PU)",
                        "Textile knit",
                    ],
                    required=True,
                ),
                choice("sole", "Sole", ["Leather", "Rubber", "PU", "TPR", "EVA", "Crepe"]),
                choice(
                    "construction",
                    "Construction",
                    [
                        "Goodyear welted",
                        "Blake stitched",
                        "Cemented",
                        "Moccasin",
                        "Strobel",
                        "Direct injected (DIP)",
                        "Handmade",
                    ],
                ),
                text(
                    "shoe_sizes",
                    "Size range",
                    required=True,
                    examples=["EU 39–46", "UK 6–11", "US 5–10"],
                ),
                choice("gender", "For", GENDERS),
            ],
            children=[
                cat(
                    "mens-leather-shoes",
                    "Men's leather shoes",
                    tr(
                        "Zapatos de cuero para hombre",
                        "أحذية جلدية رجالية",
                        "Chaussures en cuir homme",
                        "पुरुषों के चमड़े के जूते",
                    ),
                    hs=("640351", "640399"),
                    attrs=[
                        choice(
                            "style",
                            "Style",
                            [
                                "Oxford",
                                "Derby",
                                "Brogue",
                                "Loafer",
                                "Monk strap",
                                "Chelsea boot",
                                "Desert boot",
                            ],
                        ),
                    ],
                ),
                cat(
                    "womens-footwear",
                    "Women's footwear",
                    tr("Calzado de mujer", "أحذية نسائية", "Chaussures femme", "महिलाओं के जूते-चप्पल"),
                    hs=("640359", "640399"),
                    attrs=[
                        choice(
                            "style",
                            "Style",
                            ["Ballerina", "Pump", "Mule", "Ankle boot", "Juttis", "Wedge sandal"],
                        ),
                    ],
                ),
                cat(
                    "safety-shoes",
                    "Safety shoes",
                    tr(
                        "Calzado de seguridad", "أحذية السلامة", "Chaussures de sécurité", "सेफ़्टी शूज़"
                    ),
                    hs=("640340", "640391"),
                    attrs=[
                        choice(
                            "safety_class",
                            "Safety class (EN ISO 20345)",
                            ["SB", "S1", "S1P", "S2", "S3", "S5"],
                        ),
                        choice("toe_cap", "Toe cap", ["Steel", "Composite", "Aluminium"]),
                    ],
                ),
                cat(
                    "sandals-and-chappals",
                    "Sandals and Kolhapuri chappals",
                    tr(
                        "Sandalias y chanclas Kolhapuri",
                        "الصنادل والنعال الكولهابورية",
                        "Sandales et chappals Kolhapuri",
                        "सैंडल और कोल्हापुरी चप्पल",
                    ),
                    hs=("640320", "640399"),
                ),
            ],
        ),
        cat(
            "leather-goods",
            "Leather goods and garments",
            tr(
                "Marroquinería y prendas de cuero",
                "المصنوعات والملابس الجلدية",
                "Maroquinerie et vêtements en cuir",
                "चमड़े के सामान और परिधान",
            ),
            hs=("4201", "4205"),
            attrs=[
                choice("material", "Material", LEATHER_MATERIALS, required=True),
                text("lining", "Lining", examples=["Cotton twill", "Suede", "Polyester"]),
                text("hardware", "Hardware", examples=["Antique brass", "Nickel-free", "YKK zips"]),
                dimensions(),
            ],
            children=[
                cat(
                    "handbags",
                    "Handbags and totes",
                    tr(
                        "Bolsos y totes", "حقائب اليد والتوت", "Sacs à main et cabas", "हैंडबैग और टोट"
                    ),
                    hs=("420221", "420221"),
                    attrs=[
                        choice(
                            "bag_style",
                            "Style",
                            [
                                "Tote",
                                "Satchel",
                                "Shoulder bag",
                                "Crossbody",
                                "Clutch",
                                "Backpack",
                                "Laptop bag",
                            ],
                        ),
                    ],
                ),
                cat(
                    "wallets",
                    "Wallets and small leather goods",
                    tr(
                        "Carteras y pequeña marroquinería",
                        "المحافظ والمصنوعات الجلدية الصغيرة",
                        "Portefeuilles et petite maroquinerie",
                        "बटुए और छोटे चमड़े के सामान",
                    ),
                    hs=("420231", "420231"),
                    attrs=[
                        boolean("rfid_blocking", "RFID blocking"),
                    ],
                ),
                cat(
                    "belts",
                    "Leather belts",
                    tr("Cinturones de cuero", "الأحزمة الجلدية", "Ceintures en cuir", "चमड़े की बेल्ट"),
                    hs="420330",
                    attrs=[
                        number("belt_width_mm", "Width", "mm", typical=(25, 40)),
                    ],
                ),
                cat(
                    "leather-garments",
                    "Leather jackets and garments",
                    tr(
                        "Chaquetas y prendas de cuero",
                        "السترات والملابس الجلدية",
                        "Vestes et vêtements en cuir",
                        "चमड़े की जैकेट और परिधान",
                    ),
                    hs="420310",
                    attrs=[
                        text("size_range", "Size range", examples=["S–XXL", "EU 46–56"]),
                        choice(
                            "garment_style",
                            "Style",
                            [
                                "Biker jacket",
                                "Bomber",
                                "Blazer",
                                "Trench coat",
                                "Waistcoat",
                                "Skirt",
                            ],
                        ),
                    ],
                ),
                cat(
                    "leather-gloves",
                    "Leather gloves",
                    tr("Guantes de cuero", "القفازات الجلدية", "Gants en cuir", "चमड़े के दस्ताने"),
                    hs=("420321", "420329"),
                    attrs=[
                        choice(
                            "glove_use",
                            "Use",
                            ["Fashion", "Industrial / welding", "Driving", "Sports", "Equestrian"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "saddlery-and-harness",
                    "Saddlery and harness",
                    tr(
                        "Guarnicionería y arneses",
                        "السروج وأطقم الخيل",
                        "Sellerie et harnais",
                        "काठी और घोड़े का साज़",
                    ),
                    hs="420100",
                    attrs=[
                        choice(
                            "saddlery_item",
                            "Item",
                            [
                                "Saddle",
                                "Bridle",
                                "Headcollar",
                                "Girth",
                                "Dog collar and lead",
                                "Horse rug",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
    ],
)
# --------------------------------------------------------------------------- gems and jewellery

GEMS_JEWELLERY = cat(
    "gems-and-jewellery",
    "Gems and jewellery",
    tr(
        "Gemas y joyería",
        "الأحجار الكريمة والمجوهرات",
        "Pierres précieuses et bijouterie",
        "रत्न और आभूषण",
    ),
    hs=("7101", "7117"),
    description="Cut and polished diamonds from Surat and Mumbai, coloured gemstones from Jaipur, "
    "hallmarked gold and sterling silver jewellery, fashion jewellery.",
    attrs=[
        choice(
            "lab_report",
            "Lab report",
            ["GIA", "IGI", "HRD", "SGL", "GII (Jaipur)", "BIS hallmark only", "None"],
        ),
        custom_branding(),
    ],
    children=[
        cat(
            "diamonds",
            "Diamonds",
            tr("Diamantes", "الألماس", "Diamants", "हीरे"),
            hs=("7102", "7104"),
            attrs=[
                number("carat", "Carat weight", "ct", typical=(0.3, 3), required=True),
                choice(
                    "shape",
                    "Shape",
                    [
                        "Round brilliant",
                        "Princess",
                        "Oval",
                        "Cushion",
                        "Emerald",
                        "Pear",
                        "Marquise",
                        "Radiant",
                        "Heart",
                    ],
                ),
                choice("colour_grade", "Colour", ["D", "E", "F", "G", "H", "I", "J", "K", "Fancy"]),
                choice(
                    "clarity",
                    "Clarity",
                    ["FL", "IF", "VVS1", "VVS2", "VS1", "VS2", "SI1", "SI2", "I1"],
                ),
                choice("cut_grade", "Cut", ["Excellent", "Very good", "Good", "Fair"]),
            ],
            children=[
                cat(
                    "natural-diamonds",
                    "Cut and polished natural diamonds",
                    tr(
                        "Diamantes naturales tallados y pulidos",
                        "الألماس الطبيعي المقطوع والمصقول",
                        "Diamants naturels taillés et polis",
                        "तराशे और पॉलिश किए प्राकृतिक हीरे",
                    ),
                    hs="710239",
                ),
                cat(
                    "lab-grown-diamonds",
                    "Lab-grown diamonds",
                    tr(
                        "Diamantes cultivados en laboratorio",
                        "الألماس المصنّع مخبرياً",
                        "Diamants de synthèse (de laboratoire)",
                        "लैब में विकसित हीरे",
                    ),
                    hs=("710491", "710499"),
                    attrs=[
                        choice("growth_method", "Growth method", ["CVD", "HPHT"], required=True),
                    ],
                ),
            ],
        ),
        cat(
            "gemstones",
            "Coloured gemstones",
            tr(
                "Piedras preciosas de color",
                "الأحجار الكريمة الملونة",
                "Pierres de couleur",
                "रंगीन रत्न",
            ),
            hs=("7103", "7103"),
            attrs=[
                number("carat", "Carat weight", "ct", typical=(0.5, 10)),
                choice(
                    "cut",
                    "Cut",
                    ["Faceted", "Cabochon", "Beads", "Rough", "Carved", "Calibrated"],
                    required=True,
                ),
                choice(
                    "treatment",
                    "Treatment",
                    ["Untreated", "Heated", "Oiled (minor)", "Dyed", "Glass filled"],
                ),
            ],
            children=[
                cat(
                    "precious-gemstones",
                    "Rubies, emeralds and sapphires",
                    tr(
                        "Rubíes, esmeraldas y zafiros",
                        "الياقوت والزمرد والصفير",
                        "Rubis, émeraudes et saphirs",
                        "माणिक, पन्ना और नीलम",
                    ),
                    hs="710391",
                    attrs=[
                        choice(
                            "gem",
                            "Gem",
                            [
                                "Ruby",
                                "Emerald",
                                "Blue sapphire",
                                "Yellow sapphire",
                                "Pink sapphire",
                            ],
                        ),
                    ],
                ),
                cat(
                    "semi-precious-stones",
                    "Semi-precious stones",
                    tr("Piedras semipreciosas", "الأحجار شبه الكريمة", "Pierres fines", "उपरत्न"),
                    hs="710399",
                    attrs=[
                        choice(
                            "gem",
                            "Stone",
                            [
                                "Amethyst",
                                "Garnet",
                                "Tanzanite",
                                "Moonstone",
                                "Aquamarine",
                                "Citrine",
                                "Tourmaline",
                                "Agate",
                                "Lapis lazuli",
                            ],
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "jewellery",
            "Jewellery",
            tr("Joyería", "المجوهرات", "Bijouterie et joaillerie", "आभूषण"),
            hs=("7113", "7117"),
            attrs=[
                choice(
                    "jewellery_type",
                    "Type",
                    [
                        "Rings",
                        "Earrings",
                        "Necklaces",
                        "Pendants",
                        "Bangles",
                        "Bracelets",
                        "Chains",
                        "Anklets",
                        "Sets",
                    ],
                    required=True,
                ),
                number("gross_weight_g", "Gross weight", "g", typical=(2, 60)),
                text(
                    "stones",
                    "Stones",
                    examples=["VS-GH diamonds 0.45 ct", "Cubic zirconia", "Kundan and pearls"],
                ),
            ],
            children=[
                cat(
                    "gold-jewellery",
                    "Gold jewellery",
                    tr("Joyería de oro", "المجوهرات الذهبية", "Bijoux en or", "सोने के आभूषण"),
                    hs=("711319", "711319"),
                    attrs=[
                        choice(
                            "metal",
                            "Metal",
                            ["22K gold", "18K gold", "14K gold", "9K gold"],
                            required=True,
                        ),
                        boolean("bis_hallmark", "BIS hallmarked (HUID)"),
                    ],
                ),
                cat(
                    "diamond-jewellery",
                    "Diamond-studded jewellery",
                    tr(
                        "Joyería con diamantes",
                        "المجوهرات المرصعة بالألماس",
                        "Bijoux sertis de diamants",
                        "हीरा जड़ित आभूषण",
                    ),
                    hs=("711319", "711319"),
                    attrs=[
                        choice(
                            "metal",
                            "Metal",
                            ["18K gold", "14K gold", "Platinum 950", "925 silver"],
                            required=True,
                        ),
                        number("diamond_weight_ct", "Total diamond weight", "ct", typical=(0.1, 2)),
                    ],
                ),
                cat(
                    "silver-jewellery",
                    "Silver jewellery",
                    tr("Joyería de plata", "المجوهرات الفضية", "Bijoux en argent", "चाँदी के आभूषण"),
                    hs="711311",
                    attrs=[
                        choice(
                            "plating",
                            "Plating",
                            ["None (925 sterling)", "Rhodium plated", "Gold vermeil", "Oxidised"],
                        ),
                    ],
                ),
                cat(
                    "fashion-jewellery",
                    "Fashion and imitation jewellery",
                    tr(
                        "Bisutería",
                        "مجوهرات الأزياء والمقلدة",
                        "Bijoux fantaisie",
                        "फैशन और नकली आभूषण",
                    ),
                    hs=("711711", "711790"),
                    attrs=[
                        choice(
                            "base_metal",
                            "Base metal",
                            ["Brass", "Copper", "Alloy", "Stainless steel", "German silver"],
                        ),
                        boolean("nickel_free", "Nickel free"),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- engineering goods

ENGINEERING = cat(
    "engineering-goods",
    "Engineering goods",
    tr("Productos de ingeniería", "المنتجات الهندسية", "Produits d'ingénierie", "इंजीनियरिंग सामान"),
    hs=("7304", "9405"),
    description="Pumps, motors, valves, castings, forgings, fasteners, machinery and electrical "
    "equipment from Coimbatore, Rajkot, Ludhiana, Pune and Chennai.",
    attrs=[
        text(
            "material",
            "Material",
            filterable=True,
            examples=["Cast iron", "SS 304", "SS 316", "EN8 steel"],
        ),
        text("standard", "Standard", examples=["IS 9079", "ASTM A105", "DIN 931", "IEC 60034"]),
        number("warranty_months", "Warranty", "months", typical=(12, 24)),
        boolean("customisable", "Made to drawing / customisable"),
    ],
    children=[
        cat(
            "pumps-motors-and-valves",
            "Pumps, motors, valves and generators",
            tr(
                "Bombas, motores, válvulas y generadores",
                "المضخات والمحركات والصمامات والمولدات",
                "Pompes, moteurs, vannes et groupes électrogènes",
                "पंप, मोटर, वाल्व और जनरेटर",
            ),
            hs=("8413", "8502"),
            attrs=[
                number("power_kw", "Power", "kW", typical=(0.75, 75)),
                choice("voltage", "Power supply", VOLTAGES),
            ],
            children=[
                cat(
                    "centrifugal-pumps",
                    "Centrifugal pumps",
                    tr(
                        "Bombas centrífugas",
                        "المضخات الطاردة المركزية",
                        "Pompes centrifuges",
                        "सेंट्रीफ्यूगल पंप",
                    ),
                    hs="841370",
                    attrs=[
                        number("head_m", "Head", "m", typical=(10, 90), required=True),
                        number("flow_m3h", "Flow", "m³/h", typical=(5, 300)),
                        choice(
                            "pump_type",
                            "Type",
                            [
                                "End suction",
                                "Monoblock",
                                "Split case",
                                "Multistage",
                                "Self-priming",
                                "Chemical process",
                            ],
                        ),
                    ],
                ),
                cat(
                    "submersible-pumps",
                    "Submersible pumps",
                    tr("Bombas sumergibles", "المضخات الغاطسة", "Pompes immergées", "सबमर्सिबल पंप"),
                    hs=("841370", "841381"),
                    attrs=[
                        choice(
                            "bore_size",
                            "Borewell size",
                            ['3"', '4"', '5"', '6"', '8"', "Openwell"],
                            required=True,
                        ),
                        number("head_m", "Head", "m", typical=(30, 250)),
                        boolean("solar_compatible", "Solar pump controller compatible"),
                    ],
                ),
                cat(
                    "electric-motors",
                    "Electric motors",
                    tr(
                        "Motores eléctricos",
                        "المحركات الكهربائية",
                        "Moteurs électriques",
                        "इलेक्ट्रिक मोटर",
                    ),
                    hs=("850140", "850153"),
                    attrs=[
                        choice(
                            "efficiency_class",
                            "Efficiency class",
                            ["IE1", "IE2", "IE3", "IE4"],
                            required=True,
                        ),
                        choice(
                            "mounting",
                            "Mounting",
                            ["Foot (B3)", "Flange (B5)", "Face (B14)", "Foot-cum-flange (B35)"],
                        ),
                        choice("poles", "Poles", ["2-pole", "4-pole", "6-pole", "8-pole"]),
                    ],
                ),
                cat(
                    "industrial-valves",
                    "Industrial valves",
                    tr(
                        "Válvulas industriales",
                        "الصمامات الصناعية",
                        "Vannes industrielles",
                        "औद्योगिक वाल्व",
                    ),
                    hs=("848180", "848190"),
                    attrs=[
                        choice(
                            "valve_type",
                            "Type",
                            [
                                "Ball",
                                "Gate",
                                "Globe",
                                "Butterfly",
                                "Check",
                                "Plug",
                                "Safety relief",
                                "Control",
                            ],
                            required=True,
                        ),
                        text("size_range", "Size range", examples=['1/2" to 24"', "DN15–DN600"]),
                        choice(
                            "pressure_class",
                            "Pressure class",
                            ["PN16", "PN40", "Class 150", "Class 300", "Class 600", "Class 900"],
                        ),
                    ],
                ),
                cat(
                    "diesel-generators",
                    "Diesel generator sets",
                    tr(
                        "Grupos electrógenos diésel",
                        "مولدات الديزل",
                        "Groupes électrogènes diesel",
                        "डीज़ल जनरेटर सेट",
                    ),
                    hs=("850211", "850213"),
                    attrs=[
                        number("rating_kva", "Rating", "kVA", typical=(15, 750), required=True),
                        boolean("silent_canopy", "Acoustic (silent) canopy"),
                        text(
                            "engine_make",
                            "Engine",
                            examples=["Cummins", "Kirloskar", "Mahindra", "Ashok Leyland"],
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "castings-forgings-and-hardware",
            "Castings, forgings, fasteners and tools",
            tr(
                "Fundiciones, forjados, fijaciones y herramientas",
                "المسبوكات والمطروقات والمثبتات والأدوات",
                "Pièces moulées, forgées, fixations et outils",
                "कास्टिंग, फोर्जिंग, फास्टनर और औज़ार",
            ),
            hs=("7307", "8205"),
            attrs=[
                choice(
                    "surface_finish",
                    "Surface finish",
                    [
                        "As cast / as forged",
                        "Machined",
                        "Zinc plated",
                        "Hot-dip galvanised",
                        "Black oxide",
                        "Powder coated",
                        "Painted",
                    ],
                ),
                text(
                    "drawing_weight", "Part weight range", examples=["0.5–50 kg", "up to 2 tonnes"]
                ),
            ],
            children=[
                cat(
                    "iron-castings",
                    "Iron and steel castings",
                    tr(
                        "Fundiciones de hierro y acero",
                        "مسبوكات الحديد والصلب",
                        "Pièces moulées en fonte et acier",
                        "लोहे और स्टील की ढलाई",
                    ),
                    hs=("732510", "732599"),
                    attrs=[
                        choice(
                            "casting_grade",
                            "Grade",
                            [
                                "Grey iron FG 260",
                                "SG iron 500/7",
                                "SG iron 400/15",
                                "Cast steel WCB",
                                "Stainless CF8M",
                                "Manhole covers EN 124",
                            ],
                            required=True,
                        ),
                        choice(
                            "moulding",
                            "Moulding",
                            ["Green sand", "No-bake", "Shell", "Investment", "Lost foam"],
                        ),
                    ],
                ),
                cat(
                    "steel-forgings",
                    "Steel forgings and flanges",
                    tr(
                        "Forjados y bridas de acero",
                        "المطروقات والشفاه الفولاذية",
                        "Pièces forgées et brides en acier",
                        "स्टील फोर्जिंग और फ्लैंज",
                    ),
                    hs=("730791", "732620"),
                    attrs=[
                        choice(
                            "forging_type",
                            "Type",
                            [
                                "Closed die forging",
                                "Open die forging",
                                "Weld neck flange",
                                "Slip-on flange",
                                "Blind flange",
                                "Ring forging",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "fasteners",
                    "Fasteners",
                    tr(
                        "Elementos de fijación",
                        "أدوات التثبيت (المسامير والصواميل)",
                        "Éléments de fixation",
                        "फास्टनर (नट-बोल्ट)",
                    ),
                    hs=("731811", "731829"),
                    attrs=[
                        choice(
                            "fastener_type",
                            "Type",
                            [
                                "Hex bolt",
                                "Socket head cap screw",
                                "Stud bolt",
                                "Hex nut",
                                "Washer",
                                "Anchor bolt",
                                "Self-tapping screw",
                            ],
                            required=True,
                        ),
                        choice(
                            "property_class",
                            "Grade",
                            ["4.6", "8.8", "10.9", "12.9", "A2-70", "A4-80", "B7"],
                        ),
                        text("thread_size", "Thread sizes", examples=["M6–M36", '1/4"–1-1/2" UNC']),
                    ],
                ),
                cat(
                    "hand-tools",
                    "Hand tools",
                    tr("Herramientas manuales", "العدد اليدوية", "Outils à main", "हस्त औज़ार"),
                    hs=("820110", "820559"),
                    attrs=[
                        choice(
                            "tool",
                            "Tool",
                            [
                                "Spanners and wrenches",
                                "Pliers",
                                "Screwdrivers",
                                "Hammers",
                                "Garden tools",
                                "Agricultural hand tools",
                                "Tool kits",
                            ],
                            required=True,
                        ),
                        text(
                            "tool_steel",
                            "Steel",
                            examples=["Chrome vanadium", "Carbon steel", "Drop-forged CrV"],
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "industrial-machinery",
            "Industrial machinery",
            tr(
                "Maquinaria industrial",
                "الآلات الصناعية",
                "Machines industrielles",
                "औद्योगिक मशीनरी",
            ),
            hs=("8422", "8479"),
            attrs=[
                choice(
                    "automation",
                    "Automation",
                    ["Manual", "Semi-automatic", "Fully automatic", "PLC / HMI controlled"],
                ),
                text(
                    "capacity",
                    "Capacity",
                    required=True,
                    filterable=True,
                    examples=["60 packs/min", "500 kg/h", "2 tonnes/day"],
                ),
                choice("voltage", "Power supply", VOLTAGES),
                boolean("installation_support", "Installation and training abroad"),
            ],
            children=[
                cat(
                    "agricultural-machinery",
                    "Agricultural machinery",
                    tr(
                        "Maquinaria agrícola", "الآلات الزراعية", "Machines agricoles", "कृषि मशीनरी"
                    ),
                    hs=("843210", "843390"),
                    attrs=[
                        choice(
                            "agri_machine",
                            "Machine",
                            [
                                "Rotavator",
                                "Seed drill",
                                "Cultivator",
                                "Thresher",
                                "Harvester",
                                "Power tiller",
                                "Sprayer",
                            ],
                        ),
                    ],
                ),
                cat(
                    "food-processing-machinery",
                    "Food processing machinery",
                    tr(
                        "Maquinaria para procesamiento de alimentos",
                        "آلات تصنيع الأغذية",
                        "Machines de transformation alimentaire",
                        "खाद्य प्रसंस्करण मशीनरी",
                    ),
                    hs=("843780", "843880"),
                    attrs=[
                        choice(
                            "contact_material",
                            "Food-contact parts",
                            ["SS 304", "SS 316", "Food-grade polymer"],
                        ),
                    ],
                ),
                cat(
                    "packaging-machinery",
                    "Packaging machinery",
                    tr(
                        "Maquinaria de envasado",
                        "آلات التعبئة والتغليف",
                        "Machines d'emballage",
                        "पैकेजिंग मशीनरी",
                    ),
                    hs=("842220", "842240"),
                    attrs=[
                        choice(
                            "pack_format",
                            "Pack format",
                            [
                                "Pouch (VFFS)",
                                "Pillow pack (HFFS)",
                                "Bottle filling",
                                "Cartoning",
                                "Shrink wrap",
                                "Strapping",
                            ],
                        ),
                    ],
                ),
                cat(
                    "machine-tools",
                    "CNC and machine tools",
                    tr(
                        "Máquinas herramienta y CNC",
                        "آلات التشغيل والتحكم الرقمي",
                        "Machines-outils et CNC",
                        "सीएनसी और मशीन टूल्स",
                    ),
                    hs=("845811", "846299"),
                    attrs=[
                        choice(
                            "machine_tool",
                            "Machine",
                            [
                                "CNC lathe",
                                "Vertical machining centre",
                                "Conventional lathe",
                                "Radial drill",
                                "Press brake",
                                "Power press",
                            ],
                        ),
                        text("controller", "Controller", examples=["Fanuc 0i-TF", "Siemens 828D"]),
                    ],
                ),
            ],
        ),
        cat(
            "electrical-equipment",
            "Electrical equipment and lighting",
            tr(
                "Equipos eléctricos e iluminación",
                "المعدات الكهربائية والإضاءة",
                "Équipements électriques et éclairage",
                "विद्युत उपकरण और प्रकाश",
            ),
            hs=("8504", "9405"),
            attrs=[
                choice(
                    "certification_mark", "Marking", ["CE", "UL", "BIS", "IEC type tested", "None"]
                ),
            ],
            children=[
                cat(
                    "wires-and-cables",
                    "Wires and cables",
                    tr("Hilos y cables", "الأسلاك والكابلات", "Fils et câbles", "तार और केबल"),
                    hs=("854442", "854460"),
                    attrs=[
                        choice(
                            "conductor",
                            "Conductor",
                            ["Copper", "Aluminium", "Tinned copper"],
                            required=True,
                        ),
                        choice(
                            "insulation", "Insulation", ["PVC", "XLPE", "FR-LSH", "Rubber", "HFFR"]
                        ),
                        text(
                            "cable_size",
                            "Size / cores",
                            examples=["1.5 sq mm", "4C × 95 sq mm", "3C × 240 sq mm"],
                        ),
                        choice(
                            "cable_voltage",
                            "Voltage grade",
                            ["1.1 kV", "3.3 kV", "11 kV", "33 kV", "Control / instrumentation"],
                        ),
                    ],
                ),
                cat(
                    "transformers",
                    "Transformers",
                    tr("Transformadores", "المحولات", "Transformateurs", "ट्रांसफ़ॉर्मर"),
                    hs=("850421", "850434"),
                    attrs=[
                        number("rating_kva", "Rating", "kVA", typical=(25, 2500), required=True),
                        choice(
                            "cooling", "Cooling", ["ONAN (oil)", "Dry type (cast resin)", "ONAF"]
                        ),
                    ],
                ),
                cat(
                    "led-lighting",
                    "LED lighting",
                    tr("Iluminación LED", "إضاءة LED", "Éclairage LED", "एलईडी लाइटिंग"),
                    hs=("940541", "940549"),
                    attrs=[
                        choice(
                            "luminaire",
                            "Luminaire",
                            [
                                "Street light",
                                "Flood light",
                                "High bay",
                                "Panel light",
                                "Downlight",
                                "Bulb",
                                "Batten",
                            ],
                            required=True,
                        ),
                        number("wattage_w", "Wattage", "W", typical=(9, 200)),
                        number("efficacy_lm_w", "Efficacy", "lm/W", typical=(100, 160)),
                    ],
                ),
                cat(
                    "solar-modules",
                    "Solar PV modules",
                    tr(
                        "Módulos solares fotovoltaicos",
                        "الألواح الشمسية الكهروضوئية",
                        "Modules solaires photovoltaïques",
                        "सोलर पीवी मॉड्यूल",
                    ),
                    hs="854143",
                    attrs=[
                        number(
                            "module_wp", "Module power", "Wp", typical=(330, 600), required=True
                        ),
                        choice(
                            "cell_type",
                            "Cell",
                            ["Mono PERC", "TOPCon", "Bifacial", "Polycrystalline", "HJT"],
                        ),
                        boolean("alm_listed", "ALMM listed"),
                    ],
                ),
            ],
        ),
        cat(
            "steel-products",
            "Steel pipes and kitchenware",
            tr(
                "Tubos de acero y menaje",
                "الأنابيب الفولاذية وأدوات المطبخ",
                "Tubes en acier et articles de cuisine",
                "स्टील पाइप और रसोई के बर्तन",
            ),
            hs=("7304", "7323"),
            children=[
                cat(
                    "steel-pipes-and-tubes",
                    "Steel pipes and tubes",
                    tr(
                        "Tubos de acero",
                        "الأنابيب والمواسير الفولاذية",
                        "Tubes et tuyaux en acier",
                        "स्टील पाइप और ट्यूब",
                    ),
                    hs=("730411", "730690"),
                    attrs=[
                        choice(
                            "pipe_type",
                            "Type",
                            ["Seamless", "ERW", "Welded stainless", "Galvanised", "LSAW"],
                            required=True,
                        ),
                        text(
                            "pipe_grade",
                            "Grade",
                            examples=["ASTM A312 TP316L", "API 5L X52", "IS 1239 medium"],
                        ),
                        text(
                            "od_range",
                            "Outside diameter range",
                            examples=['1/2"–24" NB', "6–273 mm"],
                        ),
                    ],
                ),
                cat(
                    "stainless-steel-kitchenware",
                    "Stainless steel kitchenware",
                    tr(
                        "Menaje de cocina de acero inoxidable",
                        "أدوات المطبخ من الفولاذ المقاوم للصدأ",
                        "Ustensiles de cuisine en inox",
                        "स्टेनलेस स्टील के रसोई बर्तन",
                    ),
                    hs=("732393", "732394"),
                    attrs=[
                        choice(
                            "kitchen_item",
                            "Item",
                            [
                                "Cookware set",
                                "Pressure cooker",
                                "Thali and dinner set",
                                "Tiffin / lunch box",
                                "Tumblers",
                                "Gastronorm pans",
                                "Serveware",
                            ],
                            required=True,
                        ),
                        choice(
                            "steel_grade",
                            "Steel grade",
                            ["SS 201", "SS 202", "SS 304", "SS 316", "Tri-ply"],
                        ),
                        boolean("induction_base", "Induction base"),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- auto parts

AUTO_PARTS = cat(
    "auto-parts",
    "Auto parts",
    tr("Autopartes", "قطع غيار السيارات", "Pièces automobiles", "ऑटो पार्ट्स"),
    hs=("4011", "8714"),
    description="OEM and aftermarket components for cars, two-wheelers, tractors and commercial "
    "vehicles from Pune, Chennai, Gurugram and Jamshedpur.",
    attrs=[
        choice("vehicle_type", "Vehicle type", VEHICLE_TYPES, required=True),
        text(
            "vehicle_make",
            "Compatible vehicle makes",
            filterable=True,
            examples=[
                "Maruti Suzuki, Hyundai, Toyota",
                "Tata, Ashok Leyland, Eicher",
                "Mahindra, Swaraj, John Deere",
            ],
        ),
        text(
            "oem_number", "OEM part number", examples=["16510-81403", "1J0 407 271", "F002H20186"]
        ),
        choice(
            "part_source",
            "Supply type",
            ["OEM", "OES (original equipment supplier)", "Aftermarket"],
        ),
        text(
            "material",
            "Material",
            examples=["Forged steel", "Aluminium alloy", "Cast iron", "Rubber"],
        ),
        number("warranty_months", "Warranty", "months", typical=(6, 24)),
    ],
    children=[
        cat(
            "engine-parts",
            "Engine parts and filters",
            tr(
                "Piezas de motor y filtros",
                "قطع المحرك والفلاتر",
                "Pièces moteur et filtres",
                "इंजन पार्ट्स और फ़िल्टर",
            ),
            hs=("8409", "8484"),
            children=[
                cat(
                    "pistons-and-rings",
                    "Pistons and piston rings",
                    tr(
                        "Pistones y segmentos",
                        "المكابس وحلقاتها",
                        "Pistons et segments",
                        "पिस्टन और पिस्टन रिंग",
                    ),
                    hs=("840991", "840999"),
                    attrs=[
                        number("bore_mm", "Bore diameter", "mm", typical=(50, 130), required=True),
                        choice("oversize", "Size", ["STD", "+0.25", "+0.50", "+0.75", "+1.00"]),
                    ],
                ),
                cat(
                    "gaskets",
                    "Gaskets and seals",
                    tr(
                        "Juntas y retenes",
                        "الحشيات والموانع",
                        "Joints et bagues d'étanchéité",
                        "गैसकेट और सील",
                    ),
                    hs=("848410", "848490"),
                    attrs=[
                        choice(
                            "gasket_type",
                            "Type",
                            [
                                "Cylinder head gasket",
                                "Full gasket set",
                                "Oil seal",
                                "Exhaust gasket",
                                "O-ring kit",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "automotive-filters",
                    "Oil, air and fuel filters",
                    tr(
                        "Filtros de aceite, aire y combustible",
                        "فلاتر الزيت والهواء والوقود",
                        "Filtres à huile, à air et à carburant",
                        "तेल, हवा और ईंधन फ़िल्टर",
                    ),
                    hs=("842123", "842131"),
                    attrs=[
                        choice(
                            "filter_type",
                            "Filter",
                            [
                                "Oil filter",
                                "Air filter",
                                "Fuel filter",
                                "Cabin filter",
                                "Hydraulic filter",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "engine-valves",
                    "Engine valves and valve train",
                    tr(
                        "Válvulas de motor y distribución",
                        "صمامات المحرك ومجموعة الصمامات",
                        "Soupapes et distribution",
                        "इंजन वाल्व और वाल्व ट्रेन",
                    ),
                    hs=("840991", "840999"),
                    attrs=[
                        choice(
                            "valve_part",
                            "Part",
                            [
                                "Inlet valve",
                                "Exhaust valve",
                                "Valve guide",
                                "Tappet",
                                "Rocker arm",
                                "Camshaft",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "transmission-brakes-and-suspension",
            "Transmission, brakes and suspension",
            tr(
                "Transmisión, frenos y suspensión",
                "ناقل الحركة والمكابح ونظام التعليق",
                "Transmission, freinage et suspension",
                "ट्रांसमिशन, ब्रेक और सस्पेंशन",
            ),
            hs=("6813", "8708"),
            children=[
                cat(
                    "brake-parts",
                    "Brake pads, shoes and discs",
                    tr(
                        "Pastillas, zapatas y discos de freno",
                        "وسادات وأحذية وأقراص المكابح",
                        "Plaquettes, mâchoires et disques de frein",
                        "ब्रेक पैड, शू और डिस्क",
                    ),
                    hs=("681381", "870830"),
                    attrs=[
                        choice(
                            "brake_part",
                            "Part",
                            [
                                "Disc brake pads",
                                "Brake shoes",
                                "Brake discs",
                                "Brake drums",
                                "Brake liners",
                            ],
                            required=True,
                        ),
                        choice(
                            "friction",
                            "Friction material",
                            ["Semi-metallic", "Low-metallic", "NAO (organic)", "Ceramic"],
                        ),
                    ],
                ),
                cat(
                    "clutch-assemblies",
                    "Clutch plates and assemblies",
                    tr(
                        "Discos y conjuntos de embrague",
                        "أقراص ومجموعات القابض",
                        "Disques et mécanismes d'embrayage",
                        "क्लच प्लेट और असेंबली",
                    ),
                    hs="870893",
                    attrs=[
                        number(
                            "clutch_dia_mm", "Diameter", "mm", typical=(180, 430), required=True
                        ),
                    ],
                ),
                cat(
                    "shock-absorbers",
                    "Shock absorbers and struts",
                    tr("Amortiguadores", "ممتصات الصدمات", "Amortisseurs", "शॉक एब्ज़ॉर्बर"),
                    hs="870880",
                    attrs=[
                        choice(
                            "damper_type",
                            "Type",
                            [
                                "Twin tube hydraulic",
                                "Gas charged",
                                "Monotube",
                                "Front fork (two-wheeler)",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "bearings",
                    "Bearings",
                    tr("Rodamientos", "المحامل (الرولمان)", "Roulements", "बेयरिंग"),
                    hs=("848210", "848299"),
                    attrs=[
                        choice(
                            "bearing_type",
                            "Type",
                            [
                                "Deep groove ball",
                                "Taper roller",
                                "Wheel hub unit",
                                "Needle roller",
                                "Clutch release",
                            ],
                            required=True,
                        ),
                        text(
                            "bearing_number",
                            "Bearing number",
                            examples=["6205-2RS", "30208", "DAC35720433"],
                        ),
                    ],
                ),
                cat(
                    "steering-components",
                    "Steering and suspension components",
                    tr(
                        "Componentes de dirección y suspensión",
                        "مكونات التوجيه والتعليق",
                        "Pièces de direction et de suspension",
                        "स्टीयरिंग और सस्पेंशन पुर्ज़े",
                    ),
                    hs="870894",
                    attrs=[
                        choice(
                            "steering_part",
                            "Part",
                            [
                                "Tie rod end",
                                "Ball joint",
                                "Rack end",
                                "Control arm",
                                "Stabiliser link",
                                "Steering box",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "auto-electricals",
            "Auto electricals",
            tr(
                "Electricidad del automóvil",
                "الكهرباء والإلكترونيات للسيارات",
                "Équipements électriques auto",
                "ऑटो इलेक्ट्रिकल्स",
            ),
            hs=("8507", "8544"),
            attrs=[
                choice("system_voltage", "System voltage", ["12 V", "24 V", "48 V"], required=True),
            ],
            children=[
                cat(
                    "automotive-lamps",
                    "Automotive lamps",
                    tr(
                        "Faros y pilotos",
                        "مصابيح السيارات",
                        "Feux et phares automobiles",
                        "ऑटोमोटिव लैंप",
                    ),
                    hs="851220",
                    attrs=[
                        choice(
                            "lamp_type",
                            "Lamp",
                            [
                                "Headlamp assembly",
                                "Tail lamp",
                                "Fog lamp",
                                "Indicator",
                                "LED bulb",
                                "Halogen bulb",
                            ],
                        ),
                    ],
                ),
                cat(
                    "starters-and-alternators",
                    "Starter motors and alternators",
                    tr(
                        "Motores de arranque y alternadores",
                        "محركات بدء التشغيل والمولدات",
                        "Démarreurs et alternateurs",
                        "स्टार्टर मोटर और अल्टरनेटर",
                    ),
                    hs=("851140", "851150"),
                    attrs=[
                        choice(
                            "rotating_part",
                            "Part",
                            ["Starter motor", "Alternator", "Armature", "Regulator"],
                        ),
                    ],
                ),
                cat(
                    "automotive-batteries",
                    "Automotive batteries",
                    tr(
                        "Baterías de automóvil",
                        "بطاريات السيارات",
                        "Batteries automobiles",
                        "ऑटोमोटिव बैटरियाँ",
                    ),
                    hs=("850710", "850760"),
                    attrs=[
                        number("capacity_ah", "Capacity", "Ah", typical=(35, 200)),
                        choice(
                            "chemistry",
                            "Type",
                            [
                                "Lead-acid flooded",
                                "SMF (sealed maintenance-free)",
                                "AGM",
                                "Lithium-ion",
                            ],
                        ),
                    ],
                ),
                cat(
                    "wiring-harnesses",
                    "Wiring harnesses",
                    tr(
                        "Mazos de cables",
                        "حزم الأسلاك الكهربائية",
                        "Faisceaux de câblage",
                        "वायरिंग हार्नेस",
                    ),
                    hs="854430",
                ),
            ],
        ),
        cat(
            "tyres-wheels-and-two-wheeler-parts",
            "Tyres, wheels and two-wheeler parts",
            tr(
                "Neumáticos, ruedas y piezas de motocicleta",
                "الإطارات والعجلات وقطع الدراجات النارية",
                "Pneus, roues et pièces deux-roues",
                "टायर, पहिए और दोपहिया पार्ट्स",
            ),
            hs=("4011", "8714"),
            children=[
                cat(
                    "tyres-and-tubes",
                    "Tyres and tubes",
                    tr(
                        "Neumáticos y cámaras",
                        "الإطارات والأنابيب الداخلية",
                        "Pneus et chambres à air",
                        "टायर और ट्यूब",
                    ),
                    hs=("401110", "401390"),
                    attrs=[
                        text(
                            "tyre_size",
                            "Tyre size",
                            required=True,
                            filterable=True,
                            examples=["185/65 R15", "10.00-20", "90/90-17"],
                        ),
                        choice(
                            "tyre_construction",
                            "Construction",
                            ["Radial tubeless", "Radial tube type", "Bias ply", "Solid"],
                        ),
                        text(
                            "load_speed_index", "Load / speed index", examples=["88H", "146/143K"]
                        ),
                    ],
                ),
                cat(
                    "wheels-and-rims",
                    "Wheels and rims",
                    tr("Ruedas y llantas", "العجلات والجنوط", "Roues et jantes", "पहिए और रिम"),
                    hs="870870",
                    attrs=[
                        choice(
                            "wheel_type",
                            "Type",
                            [
                                "Steel wheel",
                                "Alloy wheel",
                                "Spoke wheel (two-wheeler)",
                                "Tractor rim",
                            ],
                        ),
                        text("wheel_size", "Size / PCD", examples=['15" 4 × 100', "22.5 × 8.25"]),
                    ],
                ),
                cat(
                    "two-wheeler-parts",
                    "Two-wheeler parts",
                    tr(
                        "Piezas de motocicleta",
                        "قطع غيار الدراجات النارية",
                        "Pièces de deux-roues",
                        "दोपहिया पार्ट्स",
                    ),
                    hs=("871410", "871419"),
                    attrs=[
                        choice(
                            "tw_part",
                            "Part",
                            [
                                "Chain sprocket kit",
                                "Clutch plate",
                                "Brake shoe",
                                "Cable set",
                                "Handle bar",
                                "Mirror",
                                "Silencer",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- chemicals

CHEMICALS = cat(
    "chemicals",
    "Chemicals",
    tr("Productos químicos", "المواد الكيميائية", "Produits chimiques", "रसायन"),
    hs=("1302", "6305"),
    description="Dyes and pigments from Gujarat and Maharashtra, agrochemicals, castor "
    "derivatives, guar gum, specialty chemicals, polymers and industrial packaging.",
    attrs=[
        text("cas_number", "CAS number", examples=["8001-79-4", "9000-30-0", "7440-44-0"]),
        choice(
            "physical_form",
            "Physical form",
            [
                "Powder",
                "Granules",
                "Liquid",
                "Paste",
                "Flakes",
                "Crystals",
                "Pellets",
                "Finished articles",
            ],
            required=True,
        ),
        choice("packaging", "Packaging", CHEMICAL_PACKAGING),
        boolean("reach_registered", "REACH registered"),
        boolean("sds_available", "Safety data sheet available"),
    ],
    children=[
        cat(
            "dyes-and-pigments",
            "Dyes and pigments",
            tr(
                "Colorantes y pigmentos",
                "الأصباغ والملونات",
                "Colorants et pigments",
                "रंजक और पिगमेंट",
            ),
            hs=("3204", "3206"),
            attrs=[
                number("strength_pct", "Strength vs standard", "%", typical=(100, 200)),
                text(
                    "colour_index",
                    "Colour Index name",
                    examples=["Reactive Red 195", "Disperse Blue 79", "Pigment Blue 15:3"],
                ),
            ],
            children=[
                cat(
                    "reactive-dyes",
                    "Reactive dyes",
                    tr(
                        "Colorantes reactivos",
                        "الأصباغ التفاعلية",
                        "Colorants réactifs",
                        "रिएक्टिव डाई",
                    ),
                    hs="320416",
                    attrs=[
                        choice(
                            "dye_range",
                            "Range",
                            [
                                "Vinyl sulphone (VS)",
                                "ME / HE bifunctional",
                                "Cold brand (M)",
                                "Hot brand (H)",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "disperse-dyes",
                    "Disperse dyes",
                    tr(
                        "Colorantes dispersos",
                        "الأصباغ المشتتة",
                        "Colorants dispersés",
                        "डिस्पर्स डाई",
                    ),
                    hs="320411",
                    attrs=[
                        choice(
                            "energy",
                            "Energy level",
                            ["Low (E)", "Medium (SE)", "High (S)"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "organic-pigments",
                    "Organic pigments",
                    tr(
                        "Pigmentos orgánicos",
                        "الملونات العضوية",
                        "Pigments organiques",
                        "ऑर्गेनिक पिगमेंट",
                    ),
                    hs="320417",
                    attrs=[
                        choice(
                            "application",
                            "Application",
                            [
                                "Inks",
                                "Paints and coatings",
                                "Plastics",
                                "Textile printing",
                                "Cosmetics",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "agrochemicals",
            "Agrochemicals",
            tr("Agroquímicos", "الكيماويات الزراعية", "Produits agrochimiques", "कृषि रसायन"),
            hs=("3808", "3808"),
            attrs=[
                text(
                    "active_ingredient",
                    "Active ingredient and strength",
                    required=True,
                    filterable=True,
                    examples=["Imidacloprid 17.8% SL", "Glyphosate 41% SL", "Mancozeb 75% WP"],
                ),
                choice(
                    "formulation",
                    "Formulation",
                    ["Technical (TC)", "EC", "SC", "SL", "WP", "WDG", "GR", "CS"],
                ),
                boolean("registration_support", "Registration dossier support"),
            ],
            children=[
                cat(
                    "insecticides",
                    "Insecticides",
                    tr("Insecticidas", "المبيدات الحشرية", "Insecticides", "कीटनाशक"),
                    hs="380891",
                ),
                cat(
                    "herbicides-and-fungicides",
                    "Herbicides and fungicides",
                    tr(
                        "Herbicidas y fungicidas",
                        "مبيدات الأعشاب والفطريات",
                        "Herbicides et fongicides",
                        "खरपतवारनाशक और फफूंदनाशक",
                    ),
                    hs=("380892", "380893"),
                ),
            ],
        ),
        cat(
            "specialty-chemicals",
            "Specialty and natural-origin chemicals",
            tr(
                "Químicos especiales y de origen natural",
                "الكيماويات المتخصصة وذات الأصل الطبيعي",
                "Produits chimiques de spécialité et d'origine naturelle",
                "विशेष और प्राकृतिक मूल के रसायन",
            ),
            hs=("1302", "3802"),
            attrs=[
                purity((95, 99.9)),
            ],
            children=[
                cat(
                    "castor-oil",
                    "Castor oil and derivatives",
                    tr(
                        "Aceite de ricino y derivados",
                        "زيت الخروع ومشتقاته",
                        "Huile de ricin et dérivés",
                        "अरंडी का तेल और व्युत्पन्न",
                    ),
                    hs=("151530", "152000"),
                    attrs=[
                        choice(
                            "castor_grade",
                            "Grade",
                            [
                                "First special grade (FSG)",
                                "Commercial grade",
                                "Pale pressed",
                                "BP / USP",
                                "Hydrogenated (HCO)",
                                "12-HSA",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "guar-gum",
                    "Guar gum",
                    tr("Goma guar", "صمغ الغوار", "Gomme de guar", "ग्वार गम"),
                    hs="130232",
                    attrs=[
                        choice(
                            "guar_grade",
                            "Grade",
                            [
                                "Food grade (E412)",
                                "Fast hydration (oilfield)",
                                "Industrial",
                                "Guar splits",
                                "Cationic",
                            ],
                            required=True,
                        ),
                        number("viscosity_cps", "Viscosity (1%, 2 h)", "cps", typical=(3000, 8000)),
                    ],
                ),
                cat(
                    "activated-carbon",
                    "Activated carbon",
                    tr("Carbón activado", "الكربون المنشط", "Charbon actif", "सक्रिय कार्बन"),
                    hs="380210",
                    attrs=[
                        number(
                            "iodine_value",
                            "Iodine value",
                            "mg/g",
                            typical=(900, 1200),
                            required=True,
                        ),
                        choice("carbon_source", "Source", ["Coconut shell", "Coal", "Wood"]),
                    ],
                ),
                cat(
                    "surfactants",
                    "Surfactants and detergent chemicals",
                    tr(
                        "Tensioactivos y químicos para detergentes",
                        "المواد الخافضة للتوتر السطحي وكيماويات المنظفات",
                        "Tensioactifs et produits pour détergents",
                        "सर्फ़ेक्टेंट और डिटर्जेंट रसायन",
                    ),
                    hs=("340211", "340290"),
                    attrs=[
                        choice(
                            "ionic_type",
                            "Type",
                            ["Anionic (LABSA, SLES)", "Non-ionic", "Cationic", "Amphoteric"],
                            required=True,
                        ),
                        number("active_matter_pct", "Active matter", "%", typical=(28, 96)),
                    ],
                ),
            ],
        ),
        cat(
            "polymers-and-packaging",
            "Plastics and industrial packaging",
            tr(
                "Plásticos y envases industriales",
                "البلاستيك والتغليف الصناعي",
                "Plastiques et emballages industriels",
                "प्लास्टिक और औद्योगिक पैकेजिंग",
            ),
            hs=("3206", "6305"),
            children=[
                cat(
                    "masterbatches",
                    "Masterbatches",
                    tr(
                        "Masterbatches",
                        "الماستر باتش (الملونات المركزة)",
                        "Mélanges-maîtres",
                        "मास्टरबैच",
                    ),
                    hs=("320611", "320649"),
                    attrs=[
                        choice(
                            "masterbatch_type",
                            "Type",
                            ["White", "Black", "Colour", "Additive", "Filler (CaCO₃)"],
                            required=True,
                        ),
                        choice(
                            "carrier",
                            "Carrier resin",
                            ["LDPE", "LLDPE", "HDPE", "PP", "PET", "Universal"],
                        ),
                    ],
                ),
                cat(
                    "fibc-bags",
                    "FIBC jumbo bags",
                    tr(
                        "Big bags (FIBC)",
                        "الأكياس الجامبو (FIBC)",
                        "Big bags (GRVS)",
                        "एफआईबीसी जंबो बैग",
                    ),
                    hs="630532",
                    attrs=[
                        number(
                            "swl_kg", "Safe working load", "kg", typical=(500, 2000), required=True
                        ),
                        choice("safety_factor", "Safety factor", ["5:1", "6:1"]),
                        choice(
                            "fibc_type",
                            "Type",
                            [
                                "Type A",
                                "Type B",
                                "Type C (conductive)",
                                "Type D (static dissipative)",
                                "Food grade",
                            ],
                        ),
                    ],
                ),
                cat(
                    "pet-preforms",
                    "PET preforms and bottles",
                    tr(
                        "Preformas y botellas de PET",
                        "القوالب الأولية وزجاجات PET",
                        "Préformes et bouteilles en PET",
                        "पीईटी प्रीफ़ॉर्म और बोतलें",
                    ),
                    hs=("392330", "392350"),
                    attrs=[
                        text(
                            "neck_finish",
                            "Neck finish",
                            required=True,
                            examples=["PCO 1881", "28 mm alaska", "38 mm 3-start"],
                        ),
                        number("preform_weight_g", "Preform weight", "g", typical=(9, 48)),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- pharmaceuticals

PHARMA = cat(
    "pharmaceuticals",
    "Pharmaceuticals",
    tr(
        "Productos farmacéuticos",
        "المستحضرات الصيدلانية",
        "Produits pharmaceutiques",
        "फ़ार्मास्यूटिकल्स",
    ),
    hs=("1702", "9018"),
    description="Generic formulations, APIs and intermediates from WHO-GMP plants in Hyderabad, "
    "Ahmedabad, Baddi and Vapi, plus medical consumables and diagnostics.",
    attrs=[
        choice("pharmacopoeia", "Pharmacopoeia", PHARMACOPOEIAS),
        boolean("who_gmp", "WHO-GMP manufacturing site"),
        shelf_life((24, 36)),
    ],
    children=[
        cat(
            "formulations",
            "Finished formulations",
            tr(
                "Formulaciones terminadas",
                "المستحضرات النهائية",
                "Formes pharmaceutiques finies",
                "तैयार दवाएँ (फ़ॉर्मूलेशन)",
            ),
            hs=("3003", "3004"),
            attrs=[
                choice("dosage_form", "Dosage form", DOSAGE_FORMS, required=True),
                text(
                    "strength",
                    "Strength",
                    required=True,
                    filterable=True,
                    examples=["500 mg", "250 mg/5 ml", "1 g/vial"],
                ),
                text(
                    "pack",
                    "Pack",
                    examples=["10 × 10 blister", "HDPE bottle of 100", "60 ml bottle"],
                ),
                choice("dossier", "Dossier", ["CTD", "eCTD", "ACTD", "Not available"]),
            ],
            children=[
                cat(
                    "tablets-and-capsules",
                    "Generic tablets and capsules",
                    tr(
                        "Comprimidos y cápsulas genéricos",
                        "الأقراص والكبسولات الجنيسة",
                        "Comprimés et gélules génériques",
                        "जेनेरिक टैबलेट और कैप्सूल",
                    ),
                    hs=("300410", "300490"),
                    attrs=[
                        choice(
                            "therapeutic_area",
                            "Therapeutic area",
                            [
                                "Anti-infective",
                                "Cardiovascular",
                                "Anti-diabetic",
                                "Analgesic",
                                "Gastrointestinal",
                                "Anti-malarial",
                                "Antiretroviral",
                                "Vitamins",
                            ],
                        ),
                    ],
                ),
                cat(
                    "oral-liquids",
                    "Oral liquids and suspensions",
                    tr(
                        "Líquidos orales y suspensiones",
                        "السوائل الفموية والمعلقات",
                        "Liquides et suspensions buvables",
                        "मौखिक तरल और सस्पेंशन",
                    ),
                    hs=("300410", "300490"),
                ),
                cat(
                    "injectables",
                    "Injectables",
                    tr("Inyectables", "المستحضرات القابلة للحقن", "Injectables", "इंजेक्शन"),
                    hs=("300410", "300490"),
                    attrs=[
                        boolean("cold_chain", "Needs cold chain (2–8 °C)"),
                    ],
                ),
            ],
        ),
        cat(
            "apis-and-intermediates",
            "APIs, intermediates and excipients",
            tr(
                "Principios activos, intermedios y excipientes",
                "المواد الفعالة والوسيطة والسواغات",
                "Principes actifs, intermédiaires et excipients",
                "एपीआई, इंटरमीडिएट और एक्सीपिएंट",
            ),
            hs=("1702", "3912"),
            attrs=[
                text("cas_number", "CAS number", examples=["103-90-2", "15686-71-2", "9004-34-6"]),
                purity((98, 99.9)),
                choice(
                    "regulatory_file",
                    "Regulatory file",
                    ["US DMF", "CEP", "EU ASMF", "Japan DMF", "WHO PQ", "None"],
                ),
            ],
            children=[
                cat(
                    "active-pharmaceutical-ingredients",
                    "Active pharmaceutical ingredients",
                    tr(
                        "Principios activos farmacéuticos",
                        "المكونات الصيدلانية الفعالة",
                        "Principes actifs pharmaceutiques",
                        "सक्रिय दवा घटक (एपीआई)",
                    ),
                    hs=("292219", "294200"),
                    attrs=[
                        text(
                            "molecule",
                            "Molecule",
                            required=True,
                            filterable=True,
                            examples=["Paracetamol", "Metformin HCl", "Amoxicillin trihydrate"],
                        ),
                    ],
                ),
                cat(
                    "pharma-intermediates",
                    "Pharmaceutical intermediates",
                    tr(
                        "Intermedios farmacéuticos",
                        "المواد الوسيطة الصيدلانية",
                        "Intermédiaires pharmaceutiques",
                        "फ़ार्मा इंटरमीडिएट",
                    ),
                    hs=("292119", "293499"),
                    attrs=[
                        text(
                            "molecule",
                            "Intermediate",
                            required=True,
                            filterable=True,
                            examples=["4-Aminophenol", "6-APA", "7-ACA"],
                        ),
                    ],
                ),
                cat(
                    "excipients",
                    "Excipients",
                    tr("Excipientes", "السواغات (المواد المساعدة)", "Excipients", "एक्सीपिएंट"),
                    hs=("170211", "391290"),
                    attrs=[
                        choice(
                            "excipient",
                            "Excipient",
                            [
                                "Microcrystalline cellulose",
                                "Lactose monohydrate",
                                "Starch",
                                "Croscarmellose sodium",
                                "Magnesium stearate",
                                "HPMC",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "medical-supplies",
            "Medical supplies and diagnostics",
            tr(
                "Suministros médicos y diagnóstico",
                "المستلزمات الطبية والتشخيص",
                "Fournitures médicales et diagnostic",
                "चिकित्सा आपूर्ति और डायग्नोस्टिक्स",
            ),
            hs=("3005", "9018"),
            attrs=[
                boolean("sterile", "Sterile"),
                choice("sterilisation", "Sterilisation", ["EO", "Gamma", "Steam", "Not sterile"]),
                choice(
                    "device_class",
                    "Device class",
                    ["Class I", "Class IIa", "Class IIb", "Class III", "IVD"],
                ),
            ],
            children=[
                cat(
                    "medical-gloves",
                    "Examination and surgical gloves",
                    tr(
                        "Guantes de examen y quirúrgicos",
                        "قفازات الفحص والجراحة",
                        "Gants d'examen et chirurgicaux",
                        "जांच और सर्जिकल दस्ताने",
                    ),
                    hs=("401511", "401519"),
                    attrs=[
                        choice(
                            "glove_material",
                            "Material",
                            ["Latex", "Nitrile", "Vinyl"],
                            required=True,
                        ),
                        choice("powder", "Powder", ["Powder-free", "Powdered"]),
                        text("glove_sizes", "Sizes", examples=["XS–XL", "6.0–8.5"]),
                    ],
                ),
                cat(
                    "wound-dressings",
                    "Bandages and wound dressings",
                    tr(
                        "Vendas y apósitos",
                        "الضمادات ولفائف الجروح",
                        "Bandes et pansements",
                        "पट्टियाँ और घाव ड्रेसिंग",
                    ),
                    hs=("300510", "300590"),
                    attrs=[
                        choice(
                            "dressing",
                            "Product",
                            [
                                "Gauze swabs",
                                "Roller bandage",
                                "Crepe bandage",
                                "Absorbent cotton",
                                "Adhesive plaster",
                                "Non-woven dressing",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "syringes-and-needles",
                    "Syringes and needles",
                    tr(
                        "Jeringas y agujas",
                        "المحاقن والإبر",
                        "Seringues et aiguilles",
                        "सिरिंज और सुइयाँ",
                    ),
                    hs=("901831", "901832"),
                    attrs=[
                        choice(
                            "syringe_volume",
                            "Volume",
                            ["1 ml", "2 ml", "3 ml", "5 ml", "10 ml", "20 ml", "50 ml"],
                            required=True,
                        ),
                        boolean("auto_disable", "Auto-disable (AD)"),
                    ],
                ),
                cat(
                    "surgical-instruments",
                    "Surgical instruments",
                    tr(
                        "Instrumental quirúrgico",
                        "الأدوات الجراحية",
                        "Instruments chirurgicaux",
                        "शल्य चिकित्सा उपकरण",
                    ),
                    hs="901890",
                    attrs=[
                        choice("instrument_use", "Use", ["Single use", "Reusable"], required=True),
                    ],
                ),
                cat(
                    "diagnostic-kits",
                    "Diagnostic kits and reagents",
                    tr(
                        "Kits y reactivos de diagnóstico",
                        "أطقم وكواشف التشخيص",
                        "Kits et réactifs de diagnostic",
                        "डायग्नोस्टिक किट और अभिकर्मक",
                    ),
                    hs=("382100", "382200"),
                    attrs=[
                        choice(
                            "test_format",
                            "Format",
                            [
                                "Rapid card",
                                "ELISA",
                                "PCR",
                                "Clinical chemistry reagent",
                                "Urine strip",
                            ],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- ayurveda and herbal

AYURVEDA = cat(
    "ayurveda-and-herbal",
    "Ayurveda and herbal products",
    tr(
        "Ayurveda y productos herbales",
        "الأيورفيدا والمنتجات العشبية",
        "Ayurveda et produits à base de plantes",
        "आयुर्वेद और हर्बल उत्पाद",
    ),
    hs=("1211", "3305"),
    description="Botanicals, herbal extracts, essential oils, classical Ayurvedic medicines and "
    "herbal personal care from AYUSH-licensed manufacturers.",
    attrs=[
        text(
            "botanical_name",
            "Botanical name",
            examples=["Withania somnifera", "Moringa oleifera", "Plantago ovata"],
        ),
        choice(
            "herbal_form",
            "Form",
            [
                "Whole / raw",
                "Cut and sifted (TBC)",
                "Powder",
                "Extract",
                "Oil",
                "Capsules / tablets",
                "Cream / lotion",
            ],
            required=True,
        ),
        organic(),
        boolean("ayush_licensed", "AYUSH-licensed manufacturer"),
    ],
    children=[
        cat(
            "herbs-and-botanicals",
            "Herbs and botanicals",
            tr(
                "Hierbas y botánicos",
                "الأعشاب والنباتات الطبية",
                "Herbes et plantes médicinales",
                "जड़ी-बूटियाँ",
            ),
            hs=("1211", "1515"),
            attrs=[
                choice(
                    "plant_part",
                    "Part used",
                    ["Root", "Leaf", "Seed", "Husk", "Bark", "Fruit", "Flower", "Whole plant"],
                ),
                moisture((6, 10)),
                boolean("pesticide_tested", "Pesticide residue tested"),
            ],
            children=[
                cat(
                    "ashwagandha",
                    "Ashwagandha",
                    tr("Ashwagandha", "أشواغاندا", "Ashwagandha", "अश्वगंधा"),
                    hs="121190",
                    attrs=[
                        number(
                            "withanolides_pct", "Withanolides", "%", typical=(0.3, 5), required=True
                        ),
                    ],
                ),
                cat(
                    "moringa",
                    "Moringa",
                    tr("Moringa", "المورينجا", "Moringa", "मोरिंगा (सहजन)"),
                    hs=("121190", "121190"),
                    attrs=[
                        choice(
                            "moringa_product",
                            "Product",
                            ["Leaf powder", "Dried leaves", "Seeds", "Leaf tea cut"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "psyllium-husk",
                    "Psyllium husk (isabgol)",
                    tr(
                        "Cáscara de psilio (isabgol)",
                        "قشر السيليوم (إيسابغول)",
                        "Téguments de psyllium (isabgol)",
                        "ईसबगोल की भूसी",
                    ),
                    hs="121190",
                    attrs=[
                        choice(
                            "husk_purity", "Purity", ["85%", "95%", "98%", "99%"], required=True
                        ),
                        text(
                            "husk_mesh",
                            "Mesh",
                            examples=["Husk", "40 mesh powder", "60 mesh powder"],
                        ),
                    ],
                ),
                cat(
                    "senna",
                    "Senna leaves and pods",
                    tr(
                        "Hojas y vainas de sen",
                        "أوراق وقرون السنا",
                        "Feuilles et gousses de séné",
                        "सनाय पत्ती और फली",
                    ),
                    hs="121190",
                    attrs=[
                        number(
                            "sennosides_pct", "Sennosides", "%", typical=(1.5, 3), required=True
                        ),
                    ],
                ),
                cat(
                    "neem-products",
                    "Neem leaves, seeds and oil",
                    tr(
                        "Hojas, semillas y aceite de neem",
                        "أوراق وبذور وزيت النيم",
                        "Feuilles, graines et huile de neem",
                        "नीम पत्ती, बीज और तेल",
                    ),
                    hs=("121190", "151590"),
                    attrs=[
                        number("azadirachtin_ppm", "Azadirachtin", "ppm", typical=(300, 3000)),
                    ],
                    required=("plant_part",),
                ),
            ],
        ),
        cat(
            "essential-oils",
            "Essential oils and aroma chemicals",
            tr(
                "Aceites esenciales y aromáticos",
                "الزيوت العطرية والمواد العطرية",
                "Huiles essentielles et produits aromatiques",
                "आवश्यक तेल और सुगंधित रसायन",
            ),
            hs=("2906", "3302"),
            attrs=[
                choice(
                    "extraction",
                    "Extraction",
                    [
                        "Steam distilled",
                        "Cold pressed",
                        "CO₂ extracted",
                        "Solvent extracted",
                        "Hydro distilled (deg)",
                    ],
                ),
                choice(
                    "oil_grade",
                    "Grade",
                    ["Therapeutic", "Food / flavour (FCC)", "Perfumery", "Industrial"],
                ),
            ],
            children=[
                cat(
                    "mentha-oils",
                    "Mentha and peppermint oils",
                    tr("Aceites de menta", "زيوت النعناع", "Huiles de menthe", "मेंथा और पिपरमिंट तेल"),
                    hs=("330124", "330125"),
                    attrs=[
                        number(
                            "menthol_pct", "Menthol content", "%", typical=(35, 80), required=True
                        ),
                    ],
                ),
                cat(
                    "menthol-crystals",
                    "Menthol crystals",
                    tr(
                        "Cristales de mentol",
                        "بلورات المنثول",
                        "Cristaux de menthol",
                        "मेंथॉल क्रिस्टल",
                    ),
                    hs="290611",
                    attrs=[
                        choice(
                            "crystal_size",
                            "Crystal size",
                            ["Bold", "Medium", "Fine", "Flakes"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "essential-oils-other",
                    "Essential oils",
                    tr(
                        "Aceites esenciales",
                        "الزيوت العطرية",
                        "Huiles essentielles",
                        "आवश्यक (एसेंशियल) तेल",
                    ),
                    hs=("330112", "330129"),
                    attrs=[
                        choice(
                            "oil",
                            "Oil",
                            [
                                "Lemongrass",
                                "Palmarosa",
                                "Eucalyptus",
                                "Vetiver (khus)",
                                "Sandalwood",
                                "Citronella",
                                "Basil (tulsi)",
                                "Jasmine absolute",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "attars",
                    "Attars and natural perfumes",
                    tr(
                        "Attars y perfumes naturales",
                        "العطور الهندية (عطر) والعطور الطبيعية",
                        "Attars et parfums naturels",
                        "इत्र और प्राकृतिक सुगंध",
                    ),
                    hs=("330190", "330290"),
                    attrs=[
                        text(
                            "attar_note",
                            "Fragrance",
                            required=True,
                            examples=["Rose (gulab)", "Mitti (earth)", "Kewda", "Shamama"],
                        ),
                        choice(
                            "base",
                            "Base",
                            ["Sandalwood oil", "Alcohol-free DPG", "Paraffin-free natural"],
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "ayurvedic-and-herbal-products",
            "Ayurvedic medicines and herbal care",
            tr(
                "Medicinas ayurvédicas y cuidado herbal",
                "الأدوية الأيورفيدية ومنتجات العناية العشبية",
                "Médicaments ayurvédiques et soins à base de plantes",
                "आयुर्वेदिक दवाएँ और हर्बल देखभाल",
            ),
            hs=("1302", "3305"),
            attrs=[
                shelf_life((24, 36)),
                custom_branding(),
            ],
            children=[
                cat(
                    "ayurvedic-medicines",
                    "Classical Ayurvedic medicines",
                    tr(
                        "Medicinas ayurvédicas clásicas",
                        "الأدوية الأيورفيدية الكلاسيكية",
                        "Médicaments ayurvédiques classiques",
                        "शास्त्रीय आयुर्वेदिक औषधियाँ",
                    ),
                    hs=("300390", "300490"),
                    attrs=[
                        choice(
                            "ayurvedic_form",
                            "Classical form",
                            [
                                "Churna",
                                "Vati / gutika",
                                "Asava / arishta",
                                "Taila",
                                "Ghrita",
                                "Avaleha",
                                "Bhasma",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "herbal-extracts",
                    "Standardised herbal extracts",
                    tr(
                        "Extractos herbales estandarizados",
                        "المستخلصات العشبية المعيارية",
                        "Extraits de plantes standardisés",
                        "मानकीकृत हर्बल अर्क",
                    ),
                    hs=("130219", "130219"),
                    attrs=[
                        text(
                            "marker",
                            "Marker and strength",
                            required=True,
                            filterable=True,
                            examples=["Curcuminoids 95%", "Withanolides 5%", "Bacosides 20%"],
                        ),
                        text("extract_ratio", "Extract ratio", examples=["10:1", "20:1"]),
                    ],
                ),
                cat(
                    "herbal-personal-care",
                    "Herbal skin and hair care",
                    tr(
                        "Cuidado herbal de piel y cabello",
                        "منتجات العناية العشبية بالبشرة والشعر",
                        "Soins capillaires et cutanés aux plantes",
                        "हर्बल त्वचा और बालों की देखभाल",
                    ),
                    hs=("330499", "330590"),
                    attrs=[
                        choice(
                            "care_product",
                            "Product",
                            [
                                "Hair oil",
                                "Henna powder",
                                "Face pack",
                                "Soap",
                                "Face wash",
                                "Body lotion",
                                "Kumkumadi oil",
                            ],
                            required=True,
                        ),
                        boolean("paraben_free", "Paraben free"),
                    ],
                ),
                cat(
                    "nutraceuticals",
                    "Herbal supplements and nutraceuticals",
                    tr(
                        "Suplementos herbales y nutracéuticos",
                        "المكملات العشبية والمغذيات الدوائية",
                        "Compléments à base de plantes et nutraceutiques",
                        "हर्बल सप्लीमेंट और न्यूट्रास्युटिकल्स",
                    ),
                    hs=("210690", "210690"),
                    attrs=[
                        text(
                            "active",
                            "Key ingredient",
                            required=True,
                            examples=[
                                "Turmeric with black pepper",
                                "Ashwagandha KSM-66",
                                "Triphala",
                            ],
                        ),
                        number("units_per_pack", "Units per pack", "capsules", typical=(30, 120)),
                    ],
                ),
            ],
        ),
    ],
)

TAXONOMY: list[dict[str, Any]] = [
    SPICES,
    TEA_COFFEE,
    AGRICULTURE,
    PROCESSED_FOOD,
    MARINE,
    TEXTILES,
    HOME_FURNISHING,
    HANDICRAFTS,
    LEATHER,
    GEMS_JEWELLERY,
    ENGINEERING,
    AUTO_PARTS,
    CHEMICALS,
    PHARMA,
    AYURVEDA,
]

# --------------------------------------------------------------------------- flattening and loading

ATTRIBUTE_FIELDS = ("label", "type", "unit", "required", "choices", "filterable")


@dataclass
class Node:
    """One category of the taxonomy with its own (stored) attributes, ready to load."""

    slug: str
    name: str
    name_i18n: dict[str, str]
    parent_slug: str | None
    depth: int
    sort_order: int
    hs_code_from: str
    hs_code_to: str
    description: str
    attributes: list[dict[str, Any]] = field(default_factory=list)
    is_leaf: bool = True


def taxonomy_nodes(tree: list[dict[str, Any]] | None = None) -> Iterator[Node]:
    """Every category, parents before children, with inherited ``required`` refinements turned
    into own attributes (copies of the ancestor's definition marked required)."""

    def walk(spec, parent: Node | None, inherited: dict[str, dict[str, Any]], depth, position):
        own = [dict(attr) for attr in spec["attrs"]]
        own_keys = {attr["key"] for attr in own}
        for key in spec["required"]:
            if key in own_keys:
                next(attr for attr in own if attr["key"] == key)["required"] = True
            elif key in inherited:
                own.append({**inherited[key], "required": True})
                own_keys.add(key)
            else:
                raise ValueError(f"{spec['slug']}: cannot require unknown attribute {key!r}")
        for index, attr in enumerate(own):
            attr["sort_order"] = (
                inherited[attr["key"]]["sort_order"]
                if attr["key"] in inherited
                else (depth * 100 + index)
            )
        node = Node(
            slug=spec["slug"],
            name=spec["name"],
            name_i18n=dict(spec["name_i18n"]),
            parent_slug=parent.slug if parent else None,
            depth=depth,
            sort_order=position,
            hs_code_from=spec["hs_code_from"],
            hs_code_to=spec["hs_code_to"],
            description=spec["description"],
            attributes=own,
            is_leaf=not spec["children"],
        )
        yield node
        merged = {**inherited, **{attr["key"]: attr for attr in own}}
        for index, child in enumerate(spec["children"]):
            yield from walk(child, node, merged, depth + 1, index)

    for index, top in enumerate(TAXONOMY if tree is None else tree):
        yield from walk(top, None, {}, 1, index)


def leaf_schema(slug: str) -> list[dict[str, Any]]:
    """The merged attribute definitions of a category (ancestors first), from the data."""
    nodes = {node.slug: node for node in taxonomy_nodes()}
    chain, node = [], nodes[slug]
    while node is not None:
        chain.append(node)
        node = nodes.get(node.parent_slug) if node.parent_slug else None
    merged: dict[str, dict[str, Any]] = {}
    for item in reversed(chain):
        for attr in item.attributes:
            merged[attr["key"]] = attr
    return list(merged.values())


def _stored(attr: dict[str, Any]) -> dict[str, Any]:
    return {name: attr[name] for name in (*ATTRIBUTE_FIELDS, "sort_order")}


@transaction.atomic
def taxonomy_load() -> dict[str, Any]:
    """Create or update every category and attribute of the taxonomy (never deletes)."""
    from .models import Category, CategoryAttribute

    existing = {category.slug: category for category in Category.objects.all()}
    attributes = {(a.category_id, a.key): a for a in CategoryAttribute.objects.all()}
    stats = {
        "top": 0,
        "groups": 0,
        "leaves": 0,
        "attributes": 0,
        "categories_created": 0,
        "categories_updated": 0,
        "attributes_created": 0,
        "attributes_updated": 0,
    }
    new_attributes: list[CategoryAttribute] = []
    for node in taxonomy_nodes():
        stats["top" if node.depth == 1 else "leaves" if node.is_leaf else "groups"] += 1
        wanted = {
            "name": node.name,
            "name_i18n": node.name_i18n,
            "parent": existing[node.parent_slug] if node.parent_slug else None,
            "hs_code_from": node.hs_code_from,
            "hs_code_to": node.hs_code_to,
            "description": node.description,
            "sort_order": node.sort_order,
        }
        category = existing.get(node.slug)
        if category is None:
            category = Category(slug=node.slug, **wanted)
            category.save()
            existing[node.slug] = category
            stats["categories_created"] += 1
        elif any(getattr(category, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(category, name, value)
            category.save()
            stats["categories_updated"] += 1
        for attr in node.attributes:
            stats["attributes"] += 1
            values = _stored(attr)
            current = attributes.get((category.pk, attr["key"]))
            if current is None:
                new_attributes.append(
                    CategoryAttribute(category=category, key=attr["key"], **values)
                )
            elif any(getattr(current, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(current, name, value)
                current.save()
                stats["attributes_updated"] += 1
    CategoryAttribute.objects.bulk_create(new_attributes)
    stats["attributes_created"] = len(new_attributes)
    return stats
