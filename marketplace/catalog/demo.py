"""Demo catalog for `manage.py seed_demo`: the export taxonomy, 45 Indian seller companies across
20 states (two thirds of them Verified Suppliers with approved KYC documents and certifications),
about 370 published products over some 200 leaf categories, one locally drawn photo per
leaf category, and featured listings for the home and category pages.

Idempotent: users are looked up by e-mail, companies by their owner, products by SKU within their
company, images by title and featured rows by their target, so a second run creates nothing.
Products are written straight to the database (not through ``product_create``) because the demo
sellers are on the Free plan, whose product limit would refuse the larger catalogues; every
product's specifications still go through ``attributes_validate``.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import random
import textwrap
from collections import Counter
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.hashers import make_password
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from marketplace.accounts.demo import DEMO_PASSWORD
from marketplace.accounts.models import User
from marketplace.companies import services as company_services
from marketplace.companies.demo import _demo_file, gstin_for
from marketplace.companies.models import (
    Certification,
    CertificationType,
    Company,
    KycDocument,
    PaymentTerm,
    ReviewStatus,
    SellerProfile,
)
from marketplace.companies.validators import GST_STATES
from marketplace.files.models import StoredFile

from .models import Category, Featured, Product, ProductImage
from .services import attributes_validate
from .taxonomy import taxonomy_load, taxonomy_nodes

EMAIL = "supplier{:02d}@tradesetu.test"

# --------------------------------------------------------------------------- suppliers

# GST state code -> ports of loading its exporters usually ship from
PORTS = {
    "01": ["Nhava Sheva", "Delhi Air Cargo"],
    "02": ["Nhava Sheva", "Mundra"],
    "03": ["Mundra", "ICD Tughlakabad"],
    "05": ["Mundra", "Nhava Sheva"],
    "06": ["Mundra", "Nhava Sheva", "ICD Tughlakabad"],
    "08": ["Mundra", "Pipavav"],
    "09": ["Nhava Sheva", "Mundra", "ICD Tughlakabad"],
    "10": ["Kolkata", "Haldia"],
    "18": ["Kolkata", "Haldia"],
    "19": ["Kolkata", "Haldia"],
    "21": ["Paradip", "Visakhapatnam"],
    "23": ["Nhava Sheva", "Mundra"],
    "24": ["Mundra", "Pipavav", "Kandla"],
    "27": ["Nhava Sheva", "Mumbai Air Cargo"],
    "29": ["New Mangalore", "Chennai"],
    "30": ["Mormugao", "Nhava Sheva"],
    "32": ["Kochi"],
    "33": ["Chennai", "Tuticorin"],
    "36": ["Chennai", "Visakhapatnam", "Nhava Sheva"],
    "37": ["Visakhapatnam", "Krishnapatnam", "Chennai"],
}

LOGISTICS = [
    "Maersk",
    "MSC",
    "CMA CGM",
    "Hapag-Lloyd",
    "DHL Global Forwarding",
    "Kuehne+Nagel",
    "DB Schenker",
    "Allcargo Logistics",
    "CONCOR",
    "Blue Dart",
    "FedEx",
    "Aramex",
    "Gati",
    "Expeditors",
]

# Each supplier: a stable code (SKU prefix), names, owner, place, profile, whether its KYC is
# approved (Verified Supplier), approved certifications, export markets, and the leaf categories
# of its products (a leaf listed twice gets two different products).
SUPPLIERS: list[dict[str, Any]] = [
    {
        "code": "MPT",
        "name": "Malabar Pepper Traders",
        "legal": "Malabar Pepper Traders Private Limited",
        "owner": ("Joseph", "Varghese"),
        "state": "32",
        "city": "Kochi",
        "address": "34/1120 Mattancherry Bazaar Road, Kochi, Kerala",
        "postal": "682002",
        "founded": 1996,
        "employees": "51-200",
        "verified": True,
        "certs": ["fssai", "spices-board", "iso-22000"],
        "markets": ["DE", "NL", "US", "AE", "GB", "SA"],
        "capacity": "150 tonnes of spices per month",
        "about": "Third-generation spice house on Kochi's Bazaar Road: Malabar and Tellicherry "
        "pepper, cardamom, cloves and nutmeg, cleaned and steam sterilised in our own plant.",
        "products": [
            "black-pepper",
            "black-pepper",
            "white-pepper",
            "green-cardamom",
            "cloves",
            "nutmeg-and-mace",
            "cinnamon-and-cassia",
            "dry-ginger",
            "spice-oleoresins",
        ],
    },
    {
        "code": "ICE",
        "name": "Idukki Cardamom Estates",
        "legal": "Idukki Cardamom Estates LLP",
        "owner": ("Suresh", "Pillai"),
        "state": "32",
        "city": "Kumily",
        "address": "Thekkady Road, Kumily, Idukki, Kerala",
        "postal": "685509",
        "founded": 2009,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["SA", "AE", "KW", "QA"],
        "capacity": "25 tonnes of cardamom per season",
        "about": "Grower-exporter of Alleppey green cardamom from our own estates in the "
        "Cardamom Hills, graded by size and colour for Gulf buyers.",
        "products": [
            "green-cardamom",
            "green-cardamom",
            "black-pepper",
            "large-cardamom",
            "cloves",
            "nutmeg-and-mace",
            "star-anise",
            "essential-oils-other",
        ],
    },
    {
        "code": "USS",
        "name": "Unjha Seed Spices",
        "legal": "Unjha Seed Spices Private Limited",
        "owner": ("Bharat", "Patel"),
        "state": "24",
        "city": "Unjha",
        "address": "Plot 18, APMC Market Yard, Unjha, Mehsana, Gujarat",
        "postal": "384170",
        "founded": 2002,
        "employees": "51-200",
        "verified": True,
        "certs": ["spices-board", "fssai", "halal"],
        "markets": ["AE", "SG", "MY", "US", "GB", "BD"],
        "capacity": "600 tonnes of seed spices per month",
        "about": "Cumin, fennel, coriander and fenugreek bought at Unjha, Asia's largest seed "
        "spice market, and cleaned on Sortex and gravity lines to Singapore and Europe grades.",
        "products": [
            "cumin-seed",
            "cumin-seed",
            "coriander-seed",
            "fennel-seed",
            "fenugreek-seed",
            "mustard-seed",
            "ajwain-seed",
            "psyllium-husk",
            "spice-blends",
        ],
    },
    {
        "code": "GCE",
        "name": "Guntur Chilli Exports",
        "legal": "Guntur Chilli Exports Private Limited",
        "owner": ("Srinivasa", "Rao"),
        "state": "37",
        "city": "Guntur",
        "address": "Door 4-12-56, Chilli Yard Road, Guntur, Andhra Pradesh",
        "postal": "522004",
        "founded": 2005,
        "employees": "51-200",
        "verified": True,
        "certs": ["spices-board", "fssai"],
        "markets": ["CN", "TH", "MY", "LK", "BD", "US"],
        "capacity": "800 tonnes of chillies per month",
        "about": "Teja, Sannam and Byadgi chillies from the Guntur yard, destemmed, graded and "
        "ground in our cold-storage-backed facility; every lot tested for Sudan dyes.",
        "products": [
            "dried-red-chilli",
            "dried-red-chilli",
            "chilli-powder",
            "chilli-powder",
            "turmeric-fingers",
            "tamarind",
            "green-chillies",
            "spice-oleoresins",
            "spice-blends",
        ],
    },
    {
        "code": "ETC",
        "name": "Erode Turmeric Company",
        "legal": "Erode Turmeric Company",
        "owner": ("Karthik", "Subramaniam"),
        "state": "33",
        "city": "Erode",
        "address": "112 Perundurai Road, Erode, Tamil Nadu",
        "postal": "638011",
        "founded": 2014,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["US", "IR", "MA", "AE"],
        "capacity": "200 tonnes of turmeric per month",
        "about": "Erode and Salem turmeric fingers and powder, polished and ground to order, with "
        "curcumin certified by an NABL laboratory.",
        "products": [
            "turmeric-fingers",
            "turmeric-fingers",
            "turmeric-powder",
            "turmeric-powder",
            "tamarind",
            "herbal-extracts",
            "spice-blends",
            "coriander-seed",
        ],
    },
    {
        "code": "AVT",
        "name": "Assam Valley Tea Estates",
        "legal": "Assam Valley Tea Estates Private Limited",
        "owner": ("Pranjal", "Baruah"),
        "state": "18",
        "city": "Dibrugarh",
        "address": "Mancotta Road, Dibrugarh, Assam",
        "postal": "786001",
        "founded": 1988,
        "employees": "201-1000",
        "verified": True,
        "certs": ["fssai", "iso-22000", "haccp"],
        "markets": ["GB", "RU", "IR", "AE", "EG", "US"],
        "capacity": "90 tonnes of made tea per month in season",
        "about": "Three estates on the south bank of the Brahmaputra making orthodox and CTC "
        "Assam teas, sold direct and through the Guwahati auction.",
        "products": [
            "assam-tea",
            "assam-tea",
            "assam-tea",
            "green-tea",
            "masala-chai",
            "large-cardamom",
            "natural-honey",
        ],
    },
    {
        "code": "DHT",
        "name": "Darjeeling Highland Teas",
        "legal": "Darjeeling Highland Teas Private Limited",
        "owner": ("Tenzing", "Sherpa"),
        "state": "19",
        "city": "Siliguri",
        "address": "Sevoke Road, Siliguri, West Bengal",
        "postal": "734001",
        "founded": 1999,
        "employees": "201-1000",
        "verified": True,
        "certs": ["fssai", "usda-organic", "npop-organic"],
        "markets": ["DE", "JP", "GB", "FR", "US"],
        "capacity": "12 tonnes of Darjeeling tea per flush",
        "about": "Organic Darjeeling teas with the GI logo, first and second flush from "
        "high-grown gardens, packed in the district for specialty tea houses.",
        "products": [
            "darjeeling-tea",
            "darjeeling-tea",
            "darjeeling-tea",
            "green-tea",
            "masala-chai",
            "large-cardamom",
        ],
    },
    {
        "code": "CCC",
        "name": "Chikmagalur Coffee Curers",
        "legal": "Chikmagalur Coffee Curers Private Limited",
        "owner": ("Harish", "Gowda"),
        "state": "29",
        "city": "Chikkamagaluru",
        "address": "Industrial Area, Kadur Road, Chikkamagaluru, Karnataka",
        "postal": "577101",
        "founded": 2007,
        "employees": "51-200",
        "verified": False,
        "certs": [],
        "markets": ["IT", "DE", "BE", "RU", "JO"],
        "capacity": "300 tonnes of green coffee per month",
        "about": "Curing works for estate arabica and robusta from Chikmagalur and Coorg: washed, "
        "natural and monsooned lots, plus pepper and cardamom from the same estates.",
        "products": [
            "green-coffee-arabica",
            "green-coffee-arabica",
            "green-coffee-robusta",
            "green-coffee-robusta",
            "roasted-coffee",
            "instant-coffee",
            "black-pepper",
            "green-cardamom",
        ],
    },
    {
        "code": "NTC",
        "name": "Nilgiri Tea and Coffee Company",
        "legal": "Nilgiri Tea and Coffee Company Private Limited",
        "owner": ("Lakshmi", "Nair"),
        "state": "33",
        "city": "Coonoor",
        "address": "Bedford Circle, Coonoor, The Nilgiris, Tamil Nadu",
        "postal": "643101",
        "founded": 1994,
        "employees": "51-200",
        "verified": True,
        "certs": ["fssai", "haccp", "iso-22000"],
        "markets": ["RU", "KZ", "IQ", "AE", "US"],
        "capacity": "60 tonnes of tea and 20 tonnes of coffee per month",
        "about": "Bright, brisk Nilgiri teas and South Indian filter coffee blends, packed in "
        "bulk, tea bags or private-label retail packs.",
        "products": [
            "nilgiri-tea",
            "nilgiri-tea",
            "green-tea",
            "roasted-coffee",
            "instant-coffee",
            "masala-chai",
            "essential-oils-other",
        ],
    },
    {
        "code": "KBM",
        "name": "Karnal Basmati Mills",
        "legal": "Karnal Basmati Mills Private Limited",
        "owner": ("Gurpreet", "Singh"),
        "state": "06",
        "city": "Karnal",
        "address": "Kunjpura Road, Karnal, Haryana",
        "postal": "132001",
        "founded": 1992,
        "employees": "201-1000",
        "verified": True,
        "certs": ["apeda", "fssai", "brcgs", "halal"],
        "markets": ["SA", "IR", "IQ", "AE", "GB", "US", "YE"],
        "capacity": "12,000 tonnes of rice per month",
        "about": "Basmati miller with paddy storage for two crops: 1121, 1509 and traditional "
        "basmati in raw, steam and sella, aged and Sortex cleaned.",
        "products": [
            "basmati-rice",
            "basmati-rice",
            "basmati-rice",
            "non-basmati-rice",
            "parboiled-rice",
            "broken-rice",
            "wheat",
            "wheat-flour",
            "millets",
        ],
    },
    {
        "code": "NFP",
        "name": "Nashik Fresh Produce",
        "legal": "Nashik Fresh Produce Private Limited",
        "owner": ("Sachin", "Deshmukh"),
        "state": "27",
        "city": "Nashik",
        "address": "Gat 212, Pimpalgaon Baswant, Niphad, Nashik, Maharashtra",
        "postal": "422209",
        "founded": 2008,
        "employees": "201-1000",
        "verified": True,
        "certs": ["apeda", "haccp", "brcgs"],
        "markets": ["NL", "GB", "DE", "AE", "BD", "MY", "RU"],
        "capacity": "400 containers of fresh produce per season",
        "about": "GlobalG.A.P. grape and pomegranate packhouse with pre-cooling and cold storage, "
        "plus onions from our Lasalgaon collection centre.",
        "products": [
            "grapes",
            "grapes",
            "pomegranates",
            "mangoes",
            "onions",
            "onions",
            "raisins",
            "bananas",
            "dehydrated-onion-garlic",
            "fruit-pulp",
        ],
    },
    {
        "code": "RAC",
        "name": "Rajkot Agro Commodities",
        "legal": "Rajkot Agro Commodities",
        "owner": ("Jignesh", "Vaghasiya"),
        "state": "24",
        "city": "Rajkot",
        "address": "Survey 41, Gondal Road, Rajkot, Gujarat",
        "postal": "360004",
        "founded": 2011,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["ID", "VN", "MY", "PH", "AE"],
        "capacity": "2,500 tonnes of oilseeds per month",
        "about": "Saurashtra groundnut and sesame processor: bold and Java kernels, hulled and "
        "natural sesame, chickpeas and maize for feed mills.",
        "products": [
            "groundnuts",
            "groundnuts",
            "sesame-seeds",
            "sesame-seeds",
            "chickpeas",
            "maize",
            "cumin-seed",
            "castor-oil",
            "guar-gum",
        ],
    },
    {
        "code": "IFS",
        "name": "Indore Foods and Snacks",
        "legal": "Indore Foods and Snacks Private Limited",
        "owner": ("Ankit", "Agrawal"),
        "state": "23",
        "city": "Indore",
        "address": "Plot 77, Sector F, Sanwer Road Industrial Area, Indore, Madhya Pradesh",
        "postal": "452015",
        "founded": 2003,
        "employees": "201-1000",
        "verified": True,
        "certs": ["fssai", "fda", "brcgs", "halal"],
        "markets": ["US", "CA", "GB", "AU", "AE", "NZ"],
        "capacity": "1,200 tonnes of packaged food per month",
        "about": "Namkeen, sweets, instant mixes and pickles for Indian grocery chains abroad, "
        "under our brands or the buyer's private label.",
        "products": [
            "namkeen-snacks",
            "namkeen-snacks",
            "biscuits-and-cookies",
            "sweets-and-confectionery",
            "instant-mixes",
            "gram-flour",
            "indian-pickles",
            "sauces-and-chutneys",
            "ready-to-eat-meals",
        ],
    },
    {
        "code": "VME",
        "name": "Visakha Marine Exports",
        "legal": "Visakha Marine Exports Private Limited",
        "owner": ("Ravi", "Kumar"),
        "state": "37",
        "city": "Visakhapatnam",
        "address": "Fishing Harbour Road, Visakhapatnam, Andhra Pradesh",
        "postal": "530001",
        "founded": 2001,
        "employees": "201-1000",
        "verified": True,
        "certs": ["fda", "haccp", "brcgs"],
        "markets": ["US", "CN", "JP", "VN", "BE", "NL"],
        "capacity": "1,800 tonnes of frozen shrimp per month",
        "about": "EU-approved processing plant for farmed vannamei and black tiger shrimp from "
        "the Godavari delta, IQF and block frozen, raw and cooked.",
        "products": [
            "vannamei-shrimp",
            "vannamei-shrimp",
            "vannamei-shrimp",
            "black-tiger-shrimp",
            "black-tiger-shrimp",
            "cooked-shrimp",
            "squid",
            "ribbon-fish",
        ],
    },
    {
        "code": "VOF",
        "name": "Veraval Ocean Foods",
        "legal": "Veraval Ocean Foods",
        "owner": ("Hitesh", "Kotak"),
        "state": "24",
        "city": "Veraval",
        "address": "GIDC Fish Processing Zone, Veraval, Gir Somnath, Gujarat",
        "postal": "362266",
        "founded": 2010,
        "employees": "51-200",
        "verified": False,
        "certs": [],
        "markets": ["CN", "VN", "TH", "MY", "AE"],
        "capacity": "900 tonnes of frozen fish per month",
        "about": "Wild-caught ribbon fish, pomfret, mackerel and cephalopods from the Saurashtra "
        "coast, frozen at sea-side plants within hours of landing.",
        "products": [
            "ribbon-fish",
            "pomfret",
            "pomfret",
            "indian-mackerel",
            "cuttlefish",
            "squid",
            "dried-fish",
            "fish-meal",
        ],
    },
    {
        "code": "MOP",
        "name": "Mangaluru Ocean Products",
        "legal": "Mangaluru Ocean Products Private Limited",
        "owner": ("Prakash", "Shetty"),
        "state": "29",
        "city": "Mangaluru",
        "address": "Baikampady Industrial Area, Mangaluru, Karnataka",
        "postal": "575011",
        "founded": 1998,
        "employees": "201-1000",
        "verified": True,
        "certs": ["fda", "haccp", "halal"],
        "markets": ["JP", "KR", "US", "ES", "IT", "AE"],
        "capacity": "1,100 tonnes of seafood per month",
        "about": "Tuna, mackerel and cephalopods from the Karnataka coast, plus fish meal for "
        "aquafeed makers, from a plant beside New Mangalore port.",
        "products": [
            "tuna",
            "tuna",
            "indian-mackerel",
            "vannamei-shrimp",
            "squid",
            "cuttlefish",
            "fish-meal",
            "dried-fish",
        ],
    },
    {
        "code": "TKG",
        "name": "Tiruppur Knit Garments",
        "legal": "Tiruppur Knit Garments Private Limited",
        "owner": ("Senthil", "Kumar"),
        "state": "33",
        "city": "Tiruppur",
        "address": "SF 212, Avinashi Road, Tiruppur, Tamil Nadu",
        "postal": "641603",
        "founded": 1997,
        "employees": "1000+",
        "verified": True,
        "certs": ["gots", "oeko-tex", "iso-9001"],
        "markets": ["DE", "GB", "FR", "ES", "US", "AU", "NL"],
        "capacity": "1.2 million garments per month",
        "about": "Vertically integrated knitwear maker in Tiruppur: knitting, dyeing, printing "
        "and sewing of organic cotton T-shirts, kidswear and activewear.",
        "products": [
            "t-shirts-and-polos",
            "t-shirts-and-polos",
            "t-shirts-and-polos",
            "kidswear",
            "kidswear",
            "activewear",
            "knitted-fabric",
            "cotton-yarn",
        ],
    },
    {
        "code": "SSS",
        "name": "Surat Synthetics and Silks",
        "legal": "Surat Synthetics and Silks Private Limited",
        "owner": ("Mehul", "Shah"),
        "state": "24",
        "city": "Surat",
        "address": "Ring Road Textile Market, Surat, Gujarat",
        "postal": "395002",
        "founded": 2000,
        "employees": "201-1000",
        "verified": True,
        "certs": ["oeko-tex", "iso-9001"],
        "markets": ["AE", "LK", "BD", "NG", "GB", "US"],
        "capacity": "2 million metres of fabric per month",
        "about": "Viscose and polyester yarns and fabrics, silk sarees and dress materials from "
        "our weaving units in Sachin GIDC.",
        "products": [
            "polyester-yarn",
            "viscose-yarn",
            "cotton-fabric",
            "viscose-fabric",
            "viscose-fabric",
            "silk-fabric",
            "sarees",
            "sarees",
            "kurtis-and-suits",
            "scarves-and-stoles",
        ],
    },
    {
        "code": "LKW",
        "name": "Ludhiana Knitwear and Woollens",
        "legal": "Ludhiana Knitwear and Woollens",
        "owner": ("Harpreet", "Kaur"),
        "state": "03",
        "city": "Ludhiana",
        "address": "Focal Point Phase 8, Ludhiana, Punjab",
        "postal": "141010",
        "founded": 1985,
        "employees": "51-200",
        "verified": False,
        "certs": [],
        "markets": ["RU", "PL", "AE", "CA"],
        "capacity": "80,000 pieces per month",
        "about": "Woollen shawls, Phulkari dupattas, workwear and winter knits from a family "
        "firm in Ludhiana's hosiery cluster.",
        "products": [
            "scarves-and-stoles",
            "scarves-and-stoles",
            "mens-shirts",
            "workwear-and-uniforms",
            "activewear",
            "jeans-and-trousers",
            "quilts-and-bedspreads",
        ],
    },
    {
        "code": "BCW",
        "name": "Bhadohi Carpet Weavers",
        "legal": "Bhadohi Carpet Weavers Private Limited",
        "owner": ("Imran", "Ansari"),
        "state": "09",
        "city": "Bhadohi",
        "address": "GT Road, Bhadohi, Uttar Pradesh",
        "postal": "221401",
        "founded": 1979,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001"],
        "markets": ["US", "DE", "GB", "AU", "SE", "JP"],
        "capacity": "9,000 square metres of rugs per month",
        "about": "Hand-knotted and hand-tufted carpets, dhurries and jute rugs woven by 600 "
        "looms across the Bhadohi–Mirzapur carpet belt; custom designs in four weeks.",
        "products": [
            "hand-knotted-carpets",
            "hand-knotted-carpets",
            "hand-tufted-rugs",
            "hand-tufted-rugs",
            "dhurries",
            "dhurries",
            "jute-rugs",
            "jute-rugs",
        ],
    },
    {
        "code": "PHT",
        "name": "Panipat Home Textiles",
        "legal": "Panipat Home Textiles Private Limited",
        "owner": ("Vikas", "Goel"),
        "state": "06",
        "city": "Panipat",
        "address": "Sector 29 Part II, HSIIDC, Panipat, Haryana",
        "postal": "132103",
        "founded": 2004,
        "employees": "201-1000",
        "verified": True,
        "certs": ["oeko-tex", "gots"],
        "markets": ["US", "GB", "DE", "FR", "JP", "AU"],
        "capacity": "250,000 pieces of home textiles per month",
        "about": "Bed linen, towels, cushions and table linen for retailers and hotels, woven, "
        "processed and stitched in Panipat's home-textile cluster.",
        "products": [
            "bed-linen",
            "bed-linen",
            "terry-towels",
            "cushion-covers",
            "cushion-covers",
            "curtains",
            "table-linen",
            "quilts-and-bedspreads",
            "dhurries",
        ],
    },
    {
        "code": "JHF",
        "name": "Jodhpur Heritage Furniture",
        "legal": "Jodhpur Heritage Furniture Private Limited",
        "owner": ("Mahendra", "Rathore"),
        "state": "08",
        "city": "Jodhpur",
        "address": "E-112, Basni Industrial Area Phase II, Jodhpur, Rajasthan",
        "postal": "342005",
        "founded": 2001,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001"],
        "markets": ["US", "GB", "DE", "FR", "NL", "AU"],
        "capacity": "40 containers of furniture per month",
        "about": "Solid sheesham, mango and acacia wood furniture and iron-and-wood pieces from "
        "Jodhpur, kiln dried and finished to retailer specifications.",
        "products": [
            "solid-wood-furniture",
            "solid-wood-furniture",
            "solid-wood-furniture",
            "metal-furniture",
            "cane-and-bamboo-furniture",
            "wooden-decor",
            "iron-decor",
            "wooden-kitchenware",
        ],
    },
    {
        "code": "MBC",
        "name": "Moradabad Brass Crafts",
        "legal": "Moradabad Brass Crafts Private Limited",
        "owner": ("Farhan", "Qureshi"),
        "state": "09",
        "city": "Moradabad",
        "address": "Delhi Road, Moradabad, Uttar Pradesh",
        "postal": "244001",
        "founded": 1990,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001"],
        "markets": ["US", "GB", "DE", "FR", "AE", "AU"],
        "capacity": "150,000 pieces of metalware per month",
        "about": "Brass, copper and iron artware from Peetal Nagri: diyas, idols, bells, "
        "planters and barware, cast, hammered and hand finished.",
        "products": [
            "brass-artware",
            "brass-artware",
            "brass-artware",
            "copperware",
            "copperware",
            "iron-decor",
            "stainless-steel-kitchenware",
            "candles",
            "glass-crafts",
        ],
    },
    {
        "code": "SWA",
        "name": "Saharanpur Wood Art",
        "legal": "Saharanpur Wood Art",
        "owner": ("Salim", "Ahmed"),
        "state": "09",
        "city": "Saharanpur",
        "address": "Lakdi Bazaar, Saharanpur, Uttar Pradesh",
        "postal": "247001",
        "founded": 2012,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["US", "GB", "IT"],
        "capacity": "20,000 pieces per month",
        "about": "Hand-carved sheesham and mango wood décor, boxes and kitchenware by master "
        "carvers of Saharanpur.",
        "products": [
            "wooden-decor",
            "wooden-decor",
            "wooden-kitchenware",
            "wooden-kitchenware",
            "solid-wood-furniture",
            "pottery-and-ceramics",
            "baskets",
        ],
    },
    {
        "code": "KJC",
        "name": "Kolkata Jute Creations",
        "legal": "Kolkata Jute Creations Private Limited",
        "owner": ("Debashis", "Chatterjee"),
        "state": "19",
        "city": "Kolkata",
        "address": "22 Strand Road, Kolkata, West Bengal",
        "postal": "700001",
        "founded": 1995,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001"],
        "markets": ["US", "GB", "DE", "FR", "AU", "JP"],
        "capacity": "500,000 jute bags per month",
        "about": "Jute shopping bags, food-grade sacking, rugs and baskets from a composite jute "
        "mill on the Hooghly.",
        "products": [
            "jute-bags",
            "jute-bags",
            "jute-bags",
            "jute-rugs",
            "baskets",
            "coir-products",
            "table-linen",
            "sarees",
        ],
    },
    {
        "code": "KLW",
        "name": "Kanpur Leather Works",
        "legal": "Kanpur Leather Works Private Limited",
        "owner": ("Rajesh", "Gupta"),
        "state": "09",
        "city": "Kanpur",
        "address": "Jajmau Industrial Area, Kanpur, Uttar Pradesh",
        "postal": "208010",
        "founded": 1983,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001", "ce"],
        "markets": ["GB", "DE", "US", "IE", "AU", "NL"],
        "capacity": "600,000 sq ft of leather per month",
        "about": "Tannery and leather-goods maker in Jajmau: buffalo and cow leather, saddlery, "
        "industrial gloves and CE-certified safety footwear.",
        "products": [
            "bovine-leather",
            "bovine-leather",
            "saddlery-and-harness",
            "saddlery-and-harness",
            "leather-gloves",
            "belts",
            "safety-shoes",
            "handbags",
        ],
    },
    {
        "code": "AFE",
        "name": "Agra Footwear Exports",
        "legal": "Agra Footwear Exports",
        "owner": ("Amit", "Jain"),
        "state": "09",
        "city": "Agra",
        "address": "Sikandra Industrial Area, Agra, Uttar Pradesh",
        "postal": "282007",
        "founded": 2006,
        "employees": "51-200",
        "verified": False,
        "certs": [],
        "markets": ["GB", "DE", "IT", "FR"],
        "capacity": "45,000 pairs per month",
        "about": "Goodyear-welted and cemented leather shoes for men and women, made in Agra for "
        "European brands.",
        "products": [
            "mens-leather-shoes",
            "mens-leather-shoes",
            "mens-leather-shoes",
            "womens-footwear",
            "womens-footwear",
            "sandals-and-chappals",
            "safety-shoes",
        ],
    },
    {
        "code": "ATL",
        "name": "Ambur Tanners and Leather",
        "legal": "Ambur Tanners and Leather Private Limited",
        "owner": ("Mohammed", "Ismail"),
        "state": "33",
        "city": "Ambur",
        "address": "Chennai–Bangalore Highway, Ambur, Tirupattur, Tamil Nadu",
        "postal": "635802",
        "founded": 1976,
        "employees": "1000+",
        "verified": True,
        "certs": ["iso-9001"],
        "markets": ["IT", "ES", "DE", "US", "HK", "GB"],
        "capacity": "1 million sq ft of finished leather per month",
        "about": "LWG-audited tannery and leather-goods maker in Ambur: goat and sheep leathers, "
        "shoes, wallets and jackets.",
        "products": [
            "goat-leather",
            "sheep-leather",
            "bovine-leather",
            "mens-leather-shoes",
            "womens-footwear",
            "wallets",
            "wallets",
            "leather-garments",
            "handbags",
        ],
    },
    {
        "code": "SSD",
        "name": "Surat Star Diamonds",
        "legal": "Surat Star Diamonds Private Limited",
        "owner": ("Dhaval", "Mehta"),
        "state": "24",
        "city": "Surat",
        "address": "Surat Diamond Bourse, Khajod, Surat, Gujarat",
        "postal": "395007",
        "founded": 1991,
        "employees": "201-1000",
        "verified": True,
        "certs": ["bis", "iso-9001"],
        "markets": ["HK", "BE", "US", "AE", "IL", "TH"],
        "capacity": "8,000 carats of polished diamonds per month",
        "about": "Cutters and polishers of natural and CVD lab-grown diamonds, certified by GIA "
        "and IGI, with a diamond jewellery unit in SEEPZ.",
        "products": [
            "natural-diamonds",
            "natural-diamonds",
            "natural-diamonds",
            "lab-grown-diamonds",
            "lab-grown-diamonds",
            "lab-grown-diamonds",
            "diamond-jewellery",
            "diamond-jewellery",
        ],
    },
    {
        "code": "JGJ",
        "name": "Johari Bazaar Gems and Jewels",
        "legal": "Johari Bazaar Gems and Jewels",
        "owner": ("Nitin", "Khandelwal"),
        "state": "08",
        "city": "Jaipur",
        "address": "Gopalji ka Rasta, Johari Bazaar, Jaipur, Rajasthan",
        "postal": "302003",
        "founded": 1987,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["US", "TH", "HK", "DE", "FR"],
        "capacity": "50,000 carats of coloured stones per month",
        "about": "Jaipur gem cutters of emeralds, rubies and semi-precious stones, and makers of "
        "sterling silver and gold jewellery.",
        "products": [
            "precious-gemstones",
            "precious-gemstones",
            "semi-precious-stones",
            "semi-precious-stones",
            "silver-jewellery",
            "silver-jewellery",
            "gold-jewellery",
            "fashion-jewellery",
        ],
    },
    {
        "code": "CPI",
        "name": "Coimbatore Pump Industries",
        "legal": "Coimbatore Pump Industries Private Limited",
        "owner": ("Balasubramanian", "Ramasamy"),
        "state": "33",
        "city": "Coimbatore",
        "address": "SIDCO Industrial Estate, Kurichi, Coimbatore, Tamil Nadu",
        "postal": "641021",
        "founded": 1981,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001", "ce", "bis"],
        "markets": ["KE", "TZ", "NG", "AE", "SA", "BD", "LK"],
        "capacity": "30,000 pumps and motors per month",
        "about": "Pumps and motors from India's pump city: monoblock, end-suction and borewell "
        "submersible pumps, IE3 motors, valves and wet grinders.",
        "products": [
            "centrifugal-pumps",
            "centrifugal-pumps",
            "submersible-pumps",
            "submersible-pumps",
            "electric-motors",
            "electric-motors",
            "industrial-valves",
            "agricultural-machinery",
            "food-processing-machinery",
        ],
    },
    {
        "code": "REC",
        "name": "Rajkot Engineering Castings",
        "legal": "Rajkot Engineering Castings Private Limited",
        "owner": ("Paresh", "Bhalodia"),
        "state": "24",
        "city": "Rajkot",
        "address": "Plot 2301, GIDC Lodhika, Metoda, Rajkot, Gujarat",
        "postal": "360021",
        "founded": 1993,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001", "ce"],
        "markets": ["US", "DE", "GB", "IT", "AE", "ZA"],
        "capacity": "1,500 tonnes of castings and forgings per month",
        "about": "Foundry and forge shop for SG and grey iron castings, flanges, fasteners and "
        "hand tools, with CNC machining and a generator assembly line.",
        "products": [
            "iron-castings",
            "iron-castings",
            "steel-forgings",
            "steel-forgings",
            "fasteners",
            "diesel-generators",
            "hand-tools",
            "machine-tools",
            "steel-pipes-and-tubes",
        ],
    },
    {
        "code": "PAC",
        "name": "Pune Auto Components",
        "legal": "Pune Auto Components Private Limited",
        "owner": ("Aniket", "Kulkarni"),
        "state": "27",
        "city": "Pune",
        "address": "MIDC Chakan Phase II, Pune, Maharashtra",
        "postal": "410501",
        "founded": 1999,
        "employees": "1000+",
        "verified": True,
        "certs": ["iso-9001", "ce"],
        "markets": ["US", "DE", "BR", "MX", "ZA", "TR", "AE"],
        "capacity": "2 million components per month",
        "about": "Tier-2 supplier to OEMs and the aftermarket: engine, brake, clutch, "
        "suspension and steering parts from Chakan.",
        "products": [
            "pistons-and-rings",
            "gaskets",
            "automotive-filters",
            "engine-valves",
            "brake-parts",
            "clutch-assemblies",
            "shock-absorbers",
            "bearings",
            "steering-components",
        ],
    },
    {
        "code": "GAE",
        "name": "Gurugram Auto Electricals",
        "legal": "Gurugram Auto Electricals",
        "owner": ("Sandeep", "Yadav"),
        "state": "06",
        "city": "Gurugram",
        "address": "Udyog Vihar Phase VI, Gurugram, Haryana",
        "postal": "122016",
        "founded": 2010,
        "employees": "51-200",
        "verified": False,
        "certs": [],
        "markets": ["NP", "BD", "LK", "NG", "KE", "EG"],
        "capacity": "150,000 parts per month",
        "about": "Auto electricals and two-wheeler spares for Africa and South Asia: lamps, "
        "starters, batteries, harnesses, tyres and wheels.",
        "products": [
            "automotive-lamps",
            "starters-and-alternators",
            "automotive-batteries",
            "wiring-harnesses",
            "two-wheeler-parts",
            "two-wheeler-parts",
            "wheels-and-rims",
            "tyres-and-tubes",
        ],
    },
    {
        "code": "VDC",
        "name": "Vapi Dyes and Chemicals",
        "legal": "Vapi Dyes and Chemicals Private Limited",
        "owner": ("Kalpesh", "Desai"),
        "state": "24",
        "city": "Vapi",
        "address": "Plot 402, Phase II, GIDC Vapi, Valsad, Gujarat",
        "postal": "396195",
        "founded": 1989,
        "employees": "201-1000",
        "verified": True,
        "certs": ["iso-9001"],
        "markets": ["BD", "TR", "PK", "VN", "BR", "EG", "DE"],
        "capacity": "900 tonnes of dyes and pigments per month",
        "about": "Reactive and disperse dyes, organic pigments, surfactants and masterbatches; "
        "REACH registered, with a colour-matching lab for textile mills.",
        "products": [
            "reactive-dyes",
            "reactive-dyes",
            "disperse-dyes",
            "disperse-dyes",
            "organic-pigments",
            "organic-pigments",
            "surfactants",
            "masterbatches",
        ],
    },
    {
        "code": "AAC",
        "name": "Ankleshwar Agro Chemicals",
        "legal": "Ankleshwar Agro Chemicals",
        "owner": ("Nilesh", "Trivedi"),
        "state": "24",
        "city": "Ankleshwar",
        "address": "Plot 6112, GIDC Estate, Ankleshwar, Bharuch, Gujarat",
        "postal": "393002",
        "founded": 2007,
        "employees": "51-200",
        "verified": False,
        "certs": [],
        "markets": ["BR", "AR", "KE", "NG", "VN", "BD"],
        "capacity": "400 tonnes of formulations per month",
        "about": "Generic agrochemical formulations with registration support, castor "
        "derivatives, guar gum and activated carbon.",
        "products": [
            "insecticides",
            "insecticides",
            "herbicides-and-fungicides",
            "herbicides-and-fungicides",
            "castor-oil",
            "activated-carbon",
            "guar-gum",
            "fibc-bags",
            "pet-preforms",
        ],
    },
    {
        "code": "HPG",
        "name": "Hyderabad Pharma Generics",
        "legal": "Hyderabad Pharma Generics Private Limited",
        "owner": ("Venkat", "Reddy"),
        "state": "36",
        "city": "Hyderabad",
        "address": "Plot 45, Phase III, IDA Jeedimetla, Hyderabad, Telangana",
        "postal": "500055",
        "founded": 1998,
        "employees": "1000+",
        "verified": True,
        "certs": ["gmp", "fda", "iso-9001"],
        "markets": ["NG", "KE", "PH", "VN", "PE", "UZ", "ZA"],
        "capacity": "400 million tablets per month",
        "about": "WHO-GMP generics maker with USFDA-inspected API blocks: tablets, capsules, "
        "oral liquids and injectables with CTD dossiers.",
        "products": [
            "tablets-and-capsules",
            "tablets-and-capsules",
            "tablets-and-capsules",
            "oral-liquids",
            "injectables",
            "active-pharmaceutical-ingredients",
            "active-pharmaceutical-ingredients",
            "pharma-intermediates",
            "excipients",
        ],
    },
    {
        "code": "BHC",
        "name": "Baddi Healthcare",
        "legal": "Baddi Healthcare Private Limited",
        "owner": ("Rohit", "Thakur"),
        "state": "02",
        "city": "Baddi",
        "address": "Village Bhatoli Kalan, Baddi, Solan, Himachal Pradesh",
        "postal": "173205",
        "founded": 2006,
        "employees": "201-1000",
        "verified": True,
        "certs": ["gmp", "ce", "iso-9001"],
        "markets": ["KE", "UG", "TZ", "MM", "KH", "YE"],
        "capacity": "60 million units per month",
        "about": "Formulations and medical disposables from the Baddi pharma hub: tablets, "
        "syrups, gloves, dressings, syringes and rapid tests.",
        "products": [
            "tablets-and-capsules",
            "oral-liquids",
            "medical-gloves",
            "wound-dressings",
            "syringes-and-needles",
            "surgical-instruments",
            "diagnostic-kits",
            "nutraceuticals",
        ],
    },
    {
        "code": "HHB",
        "name": "Haridwar Herbals",
        "legal": "Haridwar Herbals Private Limited",
        "owner": ("Deepak", "Rawat"),
        "state": "05",
        "city": "Haridwar",
        "address": "Plot 14, Sector 6A, SIDCUL, Haridwar, Uttarakhand",
        "postal": "249403",
        "founded": 2003,
        "employees": "201-1000",
        "verified": True,
        "certs": ["gmp", "npop-organic", "usda-organic", "halal"],
        "markets": ["US", "DE", "GB", "CA", "AU", "AE", "MY"],
        "capacity": "250 tonnes of herbs and extracts per month",
        "about": "AYUSH-licensed maker of organic herbs, standardised extracts, classical "
        "Ayurvedic medicines and herbal supplements.",
        "products": [
            "ashwagandha",
            "ashwagandha",
            "moringa",
            "psyllium-husk",
            "senna",
            "neem-products",
            "ayurvedic-medicines",
            "ayurvedic-medicines",
            "herbal-personal-care",
            "nutraceuticals",
        ],
    },
    {
        "code": "KAH",
        "name": "Kannauj Attar House",
        "legal": "Kannauj Attar House",
        "owner": ("Zubair", "Siddiqui"),
        "state": "09",
        "city": "Kannauj",
        "address": "Bada Bazaar, Kannauj, Uttar Pradesh",
        "postal": "209725",
        "founded": 1962,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["AE", "SA", "FR", "US", "MY"],
        "capacity": "2 tonnes of attars and oils per month",
        "about": "Traditional deg-bhapka distillers of attars, plus mint oils, menthol and "
        "essential oils for perfumers.",
        "products": [
            "attars",
            "attars",
            "attars",
            "essential-oils-other",
            "essential-oils-other",
            "mentha-oils",
            "menthol-crystals",
            "incense-sticks",
        ],
    },
    {
        "code": "DEL",
        "name": "Deccan Electricals",
        "legal": "Deccan Electricals Private Limited",
        "owner": ("Arjun", "Hegde"),
        "state": "29",
        "city": "Bengaluru",
        "address": "Peenya Industrial Area Phase II, Bengaluru, Karnataka",
        "postal": "560058",
        "founded": 2000,
        "employees": "201-1000",
        "verified": True,
        "certs": ["ce", "bis", "iso-9001"],
        "markets": ["AE", "KE", "NG", "BD", "LK", "US", "DE"],
        "capacity": "15 MW of solar modules and 2,000 km of cable per month",
        "about": "Cables, distribution transformers, LED luminaires and solar modules from "
        "Peenya, type tested at CPRI.",
        "products": [
            "wires-and-cables",
            "wires-and-cables",
            "transformers",
            "led-lighting",
            "led-lighting",
            "solar-modules",
            "solar-modules",
            "electric-motors",
            "packaging-machinery",
        ],
    },
    {
        "code": "OHC",
        "name": "Odisha Handloom and Crafts",
        "legal": "Odisha Handloom and Crafts",
        "owner": ("Subhashree", "Mohanty"),
        "state": "21",
        "city": "Bhubaneswar",
        "address": "Plot 67, Saheed Nagar, Bhubaneswar, Odisha",
        "postal": "751007",
        "founded": 2013,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["US", "GB", "JP"],
        "capacity": "5,000 handloom pieces per month",
        "about": "Sambalpuri ikat sarees and stoles, Pattachitra paintings and dhokra brass from "
        "weaver and artisan groups across Odisha.",
        "products": [
            "sarees",
            "sarees",
            "folk-paintings",
            "folk-paintings",
            "scarves-and-stoles",
            "baskets",
            "brass-artware",
            "incense-sticks",
        ],
    },
    {
        "code": "MMF",
        "name": "Mithila Makhana and Foods",
        "legal": "Mithila Makhana and Foods",
        "owner": ("Nitish", "Jha"),
        "state": "10",
        "city": "Darbhanga",
        "address": "Laheriasarai, Darbhanga, Bihar",
        "postal": "846001",
        "founded": 2016,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["US", "AE", "GB", "CA"],
        "capacity": "40 tonnes of makhana per month",
        "about": "Mithila makhana (fox nuts), litchi honey and jaggery from Bihar's farmer "
        "groups, plus Madhubani paintings by women artists.",
        "products": [
            "namkeen-snacks",
            "namkeen-snacks",
            "natural-honey",
            "jaggery",
            "folk-paintings",
            "ghee",
        ],
    },
    {
        "code": "GCP",
        "name": "Goa Cashew Processors",
        "legal": "Goa Cashew Processors Private Limited",
        "owner": ("Anthony", "Fernandes"),
        "state": "30",
        "city": "Margao",
        "address": "Verna Industrial Estate, Salcete, Goa",
        "postal": "403722",
        "founded": 1972,
        "employees": "201-1000",
        "verified": True,
        "certs": ["fssai", "brcgs", "kosher"],
        "markets": ["US", "NL", "DE", "AE", "JP", "GB"],
        "capacity": "350 tonnes of cashew kernels per month",
        "about": "Cashew kernels graded W180 to splits, roasted and salted cashews, and dried "
        "fruit from a BRCGS-certified plant in Verna.",
        "products": [
            "cashew-kernels",
            "cashew-kernels",
            "cashew-kernels",
            "walnut-kernels",
            "raisins",
            "fruit-pulp",
        ],
    },
    {
        "code": "KSD",
        "name": "Kashmir Saffron and Dry Fruits",
        "legal": "Kashmir Saffron and Dry Fruits",
        "owner": ("Bilal", "Wani"),
        "state": "01",
        "city": "Srinagar",
        "address": "Lal Chowk, Srinagar, Jammu and Kashmir",
        "postal": "190001",
        "founded": 2005,
        "employees": "11-50",
        "verified": False,
        "certs": [],
        "markets": ["AE", "SA", "US", "GB"],
        "capacity": "300 kg of saffron per season",
        "about": "GI-tagged Kashmiri saffron from Pampore, walnut kernels, pashmina shawls and "
        "hand-knotted Kashmir rugs.",
        "products": [
            "saffron",
            "saffron",
            "walnut-kernels",
            "walnut-kernels",
            "scarves-and-stoles",
            "hand-knotted-carpets",
        ],
    },
]

CERT_NUMBER_FORMATS = {
    "fssai": "1{d:13}",
    "spices-board": "CRES/{city}/{year}/{d:4}",
    "apeda": "RCMC/APEDA/{d:5}/{year}-{yy}",
    "fieo": "FIEO/RCMC/{d:6}",
    "iso-9001": "IN-QMS-{d:5}",
    "iso-22000": "FSMS-{d:5}",
    "haccp": "HACCP-IN-{d:5}",
    "brcgs": "BRCGS-{d:7}",
    "ce": "CE-NB{d:4}-{d2:5}",
    "fda": "FEI {d:10}",
    "npop-organic": "NPOP/NAB/{d:4}/{d2:5}",
    "usda-organic": "NOP-IN-{d:5}",
    "gots": "CU {d:6} GOTS",
    "oeko-tex": "{d:2}.HIN.{d2:5}",
    "bis": "CM/L-{d:10}",
    "halal": "HAL-IN-{d:6}",
    "kosher": "K-{d:6}",
    "gmp": "WHO-GMP/{city}/{d:4}",
}

# --------------------------------------------------------------------------- product titles

# leaf slug -> [(title, attributes the title implies)]: each new product of a leaf takes the next
# title; a None value keeps an optional attribute out (it would contradict the title).
TITLES: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "black-pepper": [
        ("Malabar black pepper 550 GL", {"grade": "FAQ 550 g/l", "form": "Whole"}),
        (
            "Tellicherry extra bold black pepper (TGEB)",
            {"grade": "TGEB (Tellicherry garbled extra bold)", "form": "Whole"},
        ),
        (
            "Black pepper powder, steam sterilised",
            {"grade": "ASTA 570 g/l", "form": "Powder", "steam_sterilised": True},
        ),
        ("Black pepper MG-1, ASTA cleaned", {"grade": "MG-1 (Malabar garbled)", "form": "Whole"}),
    ],
    "white-pepper": [
        ("Double-washed white pepper, whole", {"grade": "Double washed", "form": "Whole"}),
        ("White pepper powder, ASTA cleaned", {"grade": "ASTA cleaned", "form": "Powder"}),
    ],
    "dried-red-chilli": [
        (
            "Teja S17 stemless dried red chilli",
            {"variety": "Teja (S17)", "stem": "Stemless", "form": "Whole"},
        ),
        (
            "Guntur Sannam S4 red chilli with stem",
            {"variety": "Guntur Sannam (S4)", "stem": "With stem", "form": "Whole"},
        ),
        (
            "Byadgi dry chilli, deep red colour",
            {"variety": "Byadgi (Kaddi)", "stem": "With stem", "form": "Whole"},
        ),
    ],
    "chilli-powder": [
        (
            "Kashmiri chilli powder, 120 ASTA colour",
            {"variety": "Kashmiri", "form": "Powder", "colour_asta": 120},
        ),
        (
            "Hot Teja chilli powder, Sudan-dye tested",
            {"variety": "Teja", "form": "Powder", "sudan_dye_tested": True},
        ),
        ("Mild Byadgi chilli powder", {"variety": "Byadgi", "form": "Powder"}),
    ],
    "green-cardamom": [
        ("Green cardamom 8 mm bold (AGEB)", {"grade": "AGEB (8 mm and above)", "form": "Whole"}),
        ("Alleppey green cardamom 7–8 mm", {"grade": "AGB (7–8 mm)", "form": "Whole"}),
        (
            "Green cardamom 6–7 mm, bold green",
            {"grade": "AGS (6–7 mm)", "colour_grade": "Bold green", "form": "Whole"},
        ),
        ("Cardamom splits for grinding", {"grade": "Fruits / splits", "form": "Split"}),
    ],
    "large-cardamom": [
        (
            "Sikkim large black cardamom, extra bold",
            {"grade": "Sikkim extra bold", "form": "Whole", "origin_state": "Sikkim"},
        ),
        ("Badadana large cardamom", {"grade": "Badadana (bold)", "form": "Whole"}),
        ("Chotadana black cardamom", {"grade": "Chotadana (small)", "form": "Whole"}),
    ],
    "cloves": [
        ("Hand-picked cloves, low headless", {"grade": "Hand-picked selected", "form": "Whole"}),
        (
            "Clove powder, 16% volatile oil",
            {"grade": "Ground", "form": "Powder", "volatile_oil_pct": 16},
        ),
    ],
    "nutmeg-and-mace": [
        (
            "Kerala nutmeg without shell, 120 count",
            {"product_type": "Nutmeg without shell", "form": "Whole", "count_per_kg": 120},
        ),
        ("Mace whole blades, red", {"product_type": "Mace whole blades", "form": "Whole"}),
    ],
    "cinnamon-and-cassia": [
        (
            "Cassia cinnamon sticks, 8 cm",
            {"species": "Cassia (C. cassia)", "form": "Whole", "quill_length_cm": 8},
        ),
        (
            "Indian cassia (tejpat) bark, cut",
            {
                "species": "Indian cassia (C. tamala)",
                "form": "Cut / sliced",
                "quill_length_cm": None,
            },
        ),
    ],
    "star-anise": [("Star anise, autumn crop", {"grade": "Autumn crop whole", "form": "Whole"})],
    "dry-ginger": [
        (
            "Cochin dry ginger, limed whole",
            {"product_type": "Cochin dry ginger (limed)", "form": "Whole"},
        ),
        ("Dry ginger slices, unbleached", {"product_type": "Slices", "form": "Cut / sliced"}),
    ],
    "spice-oleoresins": [
        (
            "Paprika oleoresin 40,000 CU",
            {
                "source": "Paprika",
                "form": "Extract / oleoresin",
                "active_content": "40,000 CU colour",
            },
        ),
        (
            "Black pepper oleoresin, 40% piperine",
            {
                "source": "Black pepper",
                "form": "Extract / oleoresin",
                "active_content": "40% piperine",
            },
        ),
        (
            "Turmeric oleoresin, 95% curcuminoids",
            {
                "source": "Turmeric",
                "form": "Extract / oleoresin",
                "active_content": "95% curcuminoids",
            },
        ),
    ],
    "cumin-seed": [
        (
            "Cumin seed Europe 99.5%, Sortex cleaned",
            {"grade": "Europe 99.5%", "form": "Whole", "cleaning": "Sortex cleaned"},
        ),
        (
            "Cumin seed Singapore 99%, machine cleaned",
            {"grade": "Singapore 99%", "form": "Whole", "cleaning": "Machine cleaned"},
        ),
        ("Bold cumin seed for the Gulf, 99%", {"grade": "Bold (Gulf) 99%", "form": "Whole"}),
    ],
    "coriander-seed": [
        ("Coriander seed Eagle quality", {"grade": "Eagle", "form": "Whole"}),
        (
            "Parrot green coriander seed, Sortex",
            {"grade": "Parrot green", "form": "Whole", "cleaning": "Sortex cleaned"},
        ),
        ("Coriander powder, 60 mesh", {"grade": "Badami", "form": "Powder"}),
    ],
    "fennel-seed": [
        ("Lucknowi fine fennel seed", {"grade": "Lucknowi (fine)", "form": "Whole"}),
        ("Fennel seed Europe quality", {"grade": "Europe quality", "form": "Whole"}),
    ],
    "fenugreek-seed": [
        ("Fenugreek seed, Sortex 99.5%", {"grade": "Sortex 99.5%", "form": "Whole"}),
        ("Fenugreek (methi) powder", {"grade": "Machine cleaned 98%", "form": "Powder"}),
    ],
    "mustard-seed": [
        ("Yellow mustard seed, 99% purity", {"seed_colour": "Yellow", "form": "Whole"}),
        ("Black mustard seed, small", {"seed_colour": "Black", "form": "Whole"}),
    ],
    "ajwain-seed": [
        ("Ajwain (carom) seed, Sortex cleaned", {"cleaning": "Sortex cleaned", "form": "Whole"}),
    ],
    "turmeric-fingers": [
        (
            "Organic turmeric finger, 5% curcumin",
            {"variety": "Erode", "curcumin_pct": 5, "organic": True, "form": "Whole"},
        ),
        (
            "Salem turmeric fingers, double polished",
            {"variety": "Salem", "finish": "Double polished", "curcumin_pct": 3.5, "form": "Whole"},
        ),
        (
            "Nizamabad turmeric fingers, unpolished",
            {"variety": "Nizamabad", "finish": "Unpolished", "curcumin_pct": 3, "form": "Whole"},
        ),
        (
            "Lakadong turmeric fingers, 7% curcumin",
            {"variety": "Lakadong", "curcumin_pct": 7, "form": "Whole"},
        ),
    ],
    "turmeric-powder": [
        (
            "Turmeric powder, 3% curcumin, lead-chromate tested",
            {"curcumin_pct": 3, "form": "Powder", "lead_chromate_tested": True},
        ),
        ("High-curcumin turmeric powder, 5%", {"curcumin_pct": 5, "form": "Powder"}),
        (
            "Organic turmeric powder, 80 mesh",
            {"curcumin_pct": 4, "form": "Powder", "organic": True, "mesh_size": "80 mesh"},
        ),
        ("Turmeric powder for food service, 25 kg", {"curcumin_pct": 3.5, "form": "Powder"}),
    ],
    "saffron": [
        (
            "Kashmiri Mongra saffron, stigma only",
            {"grade": "Mongra (Kashmiri, stigma only)", "form": "Whole"},
        ),
        ("Kashmiri Lachha saffron", {"grade": "Lachha", "form": "Whole"}),
    ],
    "tamarind": [
        ("Seedless tamarind pulp blocks", {"product_type": "Seedless pulp", "form": "Whole"}),
        (
            "Tamarind paste concentrate",
            {"product_type": "Paste / concentrate", "form": "Extract / oleoresin"},
        ),
    ],
    "spice-blends": [
        (
            "Garam masala, private-label retail packs",
            {"blend": "Garam masala", "form": "Powder", "packaging": "Private-label retail packs"},
        ),
        ("Madras curry powder", {"blend": "Curry powder", "form": "Powder"}),
        ("Sambar powder, restaurant pack", {"blend": "Sambar powder", "form": "Powder"}),
        ("Biryani masala blend", {"blend": "Biryani masala", "form": "Powder"}),
    ],
    "assam-tea": [
        (
            "Assam orthodox TGFOP, second flush",
            {"manufacture": "Orthodox", "grade": "TGFOP", "flush": "Second flush"},
        ),
        ("Assam CTC BP, strong liquoring", {"manufacture": "CTC", "grade": "CTC BP"}),
        ("Assam CTC PD dust for tea bags", {"manufacture": "CTC", "grade": "CTC PD"}),
    ],
    "darjeeling-tea": [
        (
            "Darjeeling first flush SFTGFOP1",
            {"manufacture": "Orthodox", "flush": "First flush", "grade": "SFTGFOP1"},
        ),
        (
            "Darjeeling second flush muscatel FTGFOP1",
            {"manufacture": "Orthodox", "flush": "Second flush", "grade": "FTGFOP1"},
        ),
        ("Darjeeling white tea, first flush", {"manufacture": "White", "flush": "First flush"}),
    ],
    "nilgiri-tea": [
        (
            "Nilgiri orthodox BOP, frost tea",
            {"manufacture": "Orthodox", "grade": "BOP", "flush": "Winter"},
        ),
        ("Nilgiri CTC BOP, bright liquor", {"manufacture": "CTC", "grade": "CTC BOP"}),
    ],
    "green-tea": [
        (
            "Organic whole-leaf green tea",
            {"manufacture": "Green", "style": "Whole leaf", "organic": True},
        ),
        (
            "Green tea bag cut, hotel pack",
            {"manufacture": "Green", "style": "Tea bag cut", "packaging": "Tea bags (hotel pack)"},
        ),
        ("Tulsi green tea, flavoured", {"manufacture": "Green", "style": "Flavoured"}),
    ],
    "masala-chai": [
        (
            "Masala chai with cardamom and ginger",
            {"manufacture": "CTC", "flavour": "Cardamom and ginger", "instant": False},
        ),
        (
            "Instant masala chai premix",
            {"manufacture": "CTC", "flavour": "Classic masala", "instant": True},
        ),
        ("Tulsi masala tea", {"manufacture": "CTC", "flavour": "Tulsi", "instant": False}),
    ],
    "green-coffee-arabica": [
        (
            "Monsooned Malabar AA arabica",
            {"species": "Arabica", "processing": "Monsooned Malabar", "screen_grade": "AA"},
        ),
        (
            "Chikmagalur washed arabica, Plantation A",
            {
                "species": "Arabica",
                "processing": "Washed (Plantation)",
                "screen_grade": "A",
                "origin_region": "Chikmagalur",
            },
        ),
    ],
    "green-coffee-robusta": [
        (
            "Robusta Kaapi Royale AA",
            {"species": "Robusta", "processing": "Kaapi Royale", "screen_grade": "AA"},
        ),
        (
            "Coorg robusta cherry AB",
            {
                "species": "Robusta",
                "processing": "Cherry (natural)",
                "screen_grade": "AB",
                "origin_region": "Coorg (Kodagu)",
            },
        ),
    ],
    "roasted-coffee": [
        (
            "South Indian filter coffee, 80:20 with chicory",
            {
                "species": "Arabica–Robusta blend",
                "roast": "Medium-dark",
                "grind": "Filter",
                "chicory_pct": 20,
            },
        ),
        (
            "Medium roast arabica whole beans",
            {"species": "Arabica", "roast": "Medium", "grind": "Whole bean", "chicory_pct": 0},
        ),
    ],
    "instant-coffee": [
        (
            "Spray-dried instant coffee powder",
            {"species": "Robusta", "process": "Spray-dried powder"},
        ),
        (
            "Freeze-dried instant coffee, arabica",
            {"species": "Arabica", "process": "Freeze-dried", "chicory_pct": 0},
        ),
    ],
    "basmati-rice": [
        (
            "1121 basmati rice, steam, 8.35 mm",
            {"variety": "1121 Basmati", "processing": "Steam", "grain_length_mm": 8.35},
        ),
        (
            "1121 golden sella basmati rice",
            {"variety": "1121 Basmati", "processing": "Golden sella"},
        ),
        (
            "Traditional basmati rice, aged 12 months",
            {"variety": "Traditional Basmati", "processing": "Raw (white)", "ageing_months": 12},
        ),
    ],
    "non-basmati-rice": [
        ("Sona Masoori raw rice, 5% broken", {"variety": "Sona Masoori", "broken_pct": 5}),
        ("Kerala Matta rice", {"variety": "Matta"}),
    ],
    "parboiled-rice": [
        ("IR 64 parboiled rice, 5% broken", {"variety": "IR 64", "broken_pct": 5}),
        ("Ponni parboiled rice", {"variety": "Ponni"}),
    ],
    "broken-rice": [
        ("100% broken white rice", {"broken_grade": "100% broken"}),
        ("A1 super broken rice", {"broken_grade": "A1 super broken"}),
    ],
    "chickpeas": [
        (
            "Kabuli chickpeas 42/44 count",
            {"chickpea_type": "Kabuli (white)", "form": "Whole", "count_per_ounce": "42/44 count"},
        ),
        ("Desi chana dal", {"chickpea_type": "Desi (brown)", "form": "Split and skinned"}),
    ],
    "mangoes": [
        (
            "Alphonso mangoes, VHT treated, by air",
            {
                "variety": "Alphonso",
                "treatment": "Vapour heat treated (VHT)",
                "shipment_mode": "Air freight",
            },
        ),
        (
            "Kesar mangoes, hot-water treated",
            {"variety": "Kesar", "treatment": "Hot water treated"},
        ),
    ],
    "grapes": [
        (
            "Thompson Seedless grapes, 18 mm+",
            {"variety": "Thompson Seedless", "berry_size_mm": 18},
        ),
        ("Sharad Seedless black grapes", {"variety": "Sharad Seedless (black)"}),
        ("Crimson Seedless red grapes", {"variety": "Crimson Seedless"}),
    ],
    "pomegranates": [
        ("Bhagwa pomegranates, 250–300 g", {"variety": "Bhagwa", "size_grade": "250–300 g"}),
        ("Ruby pomegranates, Class I", {"variety": "Ruby", "quality_class": "Class I"}),
    ],
    "bananas": [
        (
            "Grand Naine (G9) bananas, 13 kg carton",
            {"variety": "Grand Naine (G9)", "packing": "13 kg carton"},
        ),
    ],
    "onions": [
        ("Nashik red onions 45–65 mm", {"variety": "Nashik red", "bulb_size": "45–65 mm"}),
        (
            "Bangalore rose onions 25–40 mm",
            {"variety": "Bangalore rose", "bulb_size": "25–40 mm"},
        ),
        (
            "White onions, 55 mm and above",
            {"variety": "White onion", "bulb_size": "55 mm and above"},
        ),
    ],
    "green-chillies": [
        ("Fresh green chillies G4, by air", {"variety": "G4", "shipment_mode": "Air freight"}),
    ],
    "wheat": [
        (
            "Sharbati wheat, Madhya Pradesh",
            {"variety": "Sharbati", "origin_state": "Madhya Pradesh"},
        ),
        (
            "Milling wheat HD 2967, 12% protein",
            {"variety": "Milling wheat (HD 2967)", "protein_pct": 12},
        ),
    ],
    "maize": [("Yellow maize, feed grade", {"maize_colour": "Yellow", "use": "Feed grade"})],
    "sesame-seeds": [
        (
            "Hulled white sesame seeds, 99.9%",
            {"sesame_type": "Hulled white", "purity_pct": 99.9},
        ),
        ("Natural white sesame seeds, 99/1", {"sesame_type": "Natural white", "purity_pct": 99}),
        ("Black sesame seeds, Sortex cleaned", {"sesame_type": "Black"}),
    ],
    "groundnuts": [
        (
            "Bold groundnut kernels 38/42",
            {"groundnut_type": "Bold (runner)", "count_per_ounce": "38/42"},
        ),
        ("Java groundnut kernels 50/60", {"groundnut_type": "Java", "count_per_ounce": "50/60"}),
        ("Blanched peanuts, whole", {"groundnut_type": "Blanched"}),
    ],
    "millets": [
        ("Finger millet (ragi), machine cleaned", {"millet": "Finger millet (ragi)"}),
        ("Pearl millet (bajra), green", {"millet": "Pearl millet (bajra)"}),
    ],
    "cashew-kernels": [
        ("Cashew kernels W320", {"grade": "W320", "roasted_salted": False}),
        (
            "Cashew kernels W240, vacuum tins",
            {"grade": "W240", "packaging": "10 kg vacuum tin", "roasted_salted": False},
        ),
        ("Roasted salted cashews W180", {"grade": "W180", "roasted_salted": True}),
        ("Cashew splits", {"grade": "Splits (S)", "roasted_salted": False}),
    ],
    "raisins": [
        ("Golden raisins", {"raisin_type": "Golden"}),
        ("Green long raisins, Nashik", {"raisin_type": "Green (long)"}),
    ],
    "walnut-kernels": [
        ("Kashmir walnut kernels, extra light halves", {"grade": "Extra light halves"}),
        ("Walnut kernels, light quarters", {"grade": "Light quarters"}),
        ("Walnut kernels, light amber broken", {"grade": "Light amber broken"}),
    ],
    "indian-pickles": [
        ("Mango pickle in mustard oil", {"main_ingredient": "Mango", "oil": "Mustard oil"}),
        ("Andhra gongura pickle", {"main_ingredient": "Gongura", "oil": "Sesame (gingelly) oil"}),
    ],
    "ready-to-eat-meals": [
        (
            "Dal makhani, retort pouch 300 g",
            {"format": "Retort pouch", "dish": "Dal makhani", "pack_size": "300 g"},
        ),
    ],
    "sauces-and-chutneys": [
        (
            "Ginger-garlic paste, food-service pack",
            {"sauce_type": "Ginger-garlic paste", "packaging": "Food-service pack"},
        ),
        ("Sweet mango chutney", {"sauce_type": "Mango chutney"}),
    ],
    "namkeen-snacks": [
        (
            "Bikaneri bhujia, 400 g retail pack",
            {"snack_type": "Bhujia", "pack_size": "400 g", "packaging": "Retail pack"},
        ),
        ("Navratan mixture namkeen", {"snack_type": "Mixture"}),
        (
            "Roasted makhana (fox nuts), peri-peri",
            {"snack_type": "Roasted makhana", "frying_oil": "Roasted / baked"},
        ),
        (
            "Plain roasted makhana, Mithila",
            {"snack_type": "Roasted makhana", "frying_oil": "Roasted / baked"},
        ),
    ],
    "biscuits-and-cookies": [("Butter cookies, 400 g tin", {"biscuit_type": "Cookies"})],
    "sweets-and-confectionery": [
        ("Canned rasgulla, 1 kg tin", {"sweet_type": "Canned rasgulla", "pack_size": "1 kg"}),
    ],
    "dehydrated-onion-garlic": [
        (
            "Dehydrated white onion, kibbled",
            {"product_form": "Kibbled", "source": "White onion"},
        ),
    ],
    "fruit-pulp": [
        ("Alphonso mango pulp, A10 cans", {"fruit": "Alphonso mango", "pack": "A10 can"}),
        (
            "Totapuri mango pulp, aseptic drums",
            {"fruit": "Totapuri mango", "pack": "220 kg aseptic drum"},
        ),
    ],
    "wheat-flour": [
        ("Chakki fresh whole wheat atta", {"flour_type": "Chakki atta (whole wheat)"}),
    ],
    "gram-flour": [("Fine besan (gram flour)", {"fineness": "Fine"})],
    "instant-mixes": [("Instant dosa mix", {"mix": "Dosa"})],
    "jaggery": [("Organic jaggery powder", {"jaggery_form": "Powder", "chemical_free": True})],
    "natural-honey": [
        ("Raw litchi honey, NMR tested", {"floral_source": "Litchi", "nmr_tested": True}),
        ("Multiflora forest honey, bulk drums", {"floral_source": "Multiflora"}),
    ],
    "ghee": [
        (
            "Cow ghee, traditional bilona method",
            {"milk_source": "Cow", "method": "Bilona (hand-churned)"},
        ),
    ],
    "vannamei-shrimp": [
        (
            "Frozen vannamei shrimp HLSO 21/25",
            {"presentation": "HLSO (headless, shell on)", "count": "21/25"},
        ),
        (
            "Vannamei PDTO 26/30, IQF",
            {
                "presentation": "PDTO (peeled, deveined, tail on)",
                "count": "26/30",
                "freezing": "IQF",
            },
        ),
        (
            "Vannamei PUD 41/50, block frozen",
            {
                "presentation": "PUD (peeled, undeveined)",
                "count": "41/50",
                "freezing": "Block frozen",
            },
        ),
        ("Vannamei HOSO 31/40", {"presentation": "HOSO (head on, shell on)", "count": "31/40"}),
    ],
    "black-tiger-shrimp": [
        (
            "Black tiger shrimp HOSO 8/12",
            {"presentation": "HOSO (head on, shell on)", "count": "8/12"},
        ),
        (
            "Black tiger shrimp HLSO 13/15",
            {"presentation": "HLSO (headless, shell on)", "count": "13/15"},
        ),
    ],
    "cooked-shrimp": [
        (
            "Cooked vannamei PDTO 31/40",
            {
                "presentation": "PDTO (peeled, deveined, tail on)",
                "count": "31/40",
                "preparation": "Cooked",
            },
        ),
    ],
    "ribbon-fish": [
        ("Frozen ribbon fish, whole round", {"fish_form": "Whole round"}),
        (
            "Ribbon fish IQF, 200–300 g",
            {"fish_form": "Whole round", "freezing": "IQF", "fish_size": "200–300 g"},
        ),
    ],
    "pomfret": [
        (
            "Silver pomfret, whole round",
            {"fish_form": "Whole round", "pomfret_type": "Silver pomfret"},
        ),
        (
            "Black pomfret, gutted and gilled",
            {"fish_form": "Gutted and gilled", "pomfret_type": "Black pomfret"},
        ),
    ],
    "indian-mackerel": [
        (
            "Indian mackerel, whole round, block frozen",
            {"fish_form": "Whole round", "freezing": "Block frozen"},
        ),
        ("Indian mackerel IQF, whole round", {"fish_form": "Whole round", "freezing": "IQF"}),
    ],
    "tuna": [
        ("Yellowfin tuna loins", {"fish_form": "Loins", "tuna_species": "Yellowfin"}),
        ("Skipjack tuna, whole round", {"fish_form": "Whole round", "tuna_species": "Skipjack"}),
    ],
    "squid": [
        ("Squid tubes U/5", {"cephalopod_form": "Tubes", "cephalopod_size": "U/5 per kg"}),
        ("Squid rings, IQF", {"cephalopod_form": "Rings", "freezing": "IQF"}),
        ("Whole cleaned squid", {"cephalopod_form": "Whole cleaned"}),
    ],
    "cuttlefish": [
        ("Whole cleaned cuttlefish", {"cephalopod_form": "Whole cleaned"}),
        ("Cuttlefish fillets", {"cephalopod_form": "Fillets"}),
    ],
    "dried-fish": [
        ("Sun-dried anchovy", {"drying": "Sun dried"}),
        ("Salted dried ribbon fish", {"drying": "Salted and dried"}),
    ],
    "fish-meal": [
        ("Fish meal, 65% protein", {"protein_pct": 65}),
        ("Steam-dried fish meal, 60% protein", {"protein_pct": 60}),
    ],
    "cotton-yarn": [
        (
            "Combed cotton yarn Ne 40 for knitting",
            {
                "composition": "100% cotton",
                "count_ne": 40,
                "spinning": "Ring spun combed",
                "end_use": "Knitting",
            },
        ),
    ],
    "polyester-yarn": [
        (
            "PC yarn 65/35, Ne 30",
            {"composition": "65% polyester / 35% cotton", "count_ne": 30},
        ),
    ],
    "viscose-yarn": [
        (
            "Viscose vortex yarn Ne 30",
            {"composition": "100% viscose", "count_ne": 30, "spinning": "Vortex"},
        ),
    ],
    "cotton-fabric": [
        (
            "Cotton poplin fabric 60x60",
            {
                "composition": "100% cotton",
                "gsm": 110,
                "weave": "Poplin",
                "finish": "RFD (ready for dyeing)",
                "construction": "60s × 60s / 90 × 88",
            },
        ),
    ],
    "viscose-fabric": [
        (
            "Viscose rayon challis, printed",
            {"composition": "100% viscose", "gsm": 110, "finish": "Printed"},
        ),
        (
            "Viscose crepe, piece dyed",
            {"composition": "100% viscose", "gsm": 120, "finish": "Piece dyed"},
        ),
    ],
    "silk-fabric": [
        (
            "Pure mulberry silk satin, 19 momme",
            {
                "composition": "100% silk",
                "gsm": 80,
                "silk_type": "Mulberry",
                "momme": 19,
                "weave": "Satin",
            },
        ),
    ],
    "knitted-fabric": [
        (
            "Single jersey cotton fabric 180 GSM",
            {"composition": "100% cotton", "gsm": 180, "weave": "Single jersey"},
        ),
    ],
    "mens-shirts": [
        (
            "Men's cotton oxford shirt, full sleeve",
            {
                "composition": "100% cotton",
                "size_range": "S–XXL",
                "sleeve": "Full sleeve",
                "weave": None,
                "gender": "Men",
            },
        ),
    ],
    "t-shirts-and-polos": [
        (
            "Organic cotton crew-neck T-shirt 180 GSM",
            {
                "composition": "100% organic cotton",
                "size_range": "S–XXL",
                "neck": "Crew neck",
                "fabric_gsm": 180,
                "sustainability": "Organic (GOTS)",
            },
        ),
        (
            "Pique polo shirt with embroidered logo",
            {
                "composition": "100% cotton",
                "size_range": "S–XXL",
                "neck": "Polo collar",
                "decoration": "Embroidery",
            },
        ),
        (
            "Unisex oversized T-shirt, 240 GSM",
            {
                "composition": "100% cotton",
                "size_range": "XS–XXL",
                "neck": "Crew neck",
                "fabric_gsm": 240,
                "gender": "Unisex",
            },
        ),
    ],
    "jeans-and-trousers": [
        (
            "Men's stretch denim jeans, stone wash",
            {
                "composition": "98% cotton / 2% elastane",
                "size_range": "28–40 waist",
                "wash": "Stone wash",
                "gender": "Men",
            },
        ),
    ],
    "kidswear": [
        (
            "Organic cotton baby rompers",
            {
                "composition": "100% organic cotton",
                "size_range": "0–24 months",
                "gender": "Infants",
                "sustainability": "Organic (GOTS)",
            },
        ),
        (
            "Boys' printed T-shirts, 2–14 years",
            {
                "composition": "100% cotton",
                "size_range": "2–14 years",
                "gender": "Boys",
                "decoration": "Screen print",
            },
        ),
    ],
    "activewear": [
        (
            "Quick-dry polyester sports T-shirt",
            {"composition": "100% polyester", "size_range": "S–XXL", "moisture_wicking": True},
        ),
        (
            "Women's leggings, nylon-spandex",
            {
                "composition": "80% nylon / 20% spandex",
                "size_range": "XS–XL",
                "gender": "Women",
                "moisture_wicking": True,
            },
        ),
    ],
    "workwear-and-uniforms": [
        (
            "Hi-vis work jacket, EN ISO 20471",
            {
                "composition": "100% polyester",
                "size_range": "S–3XL",
                "protection": "Hi-visibility (EN ISO 20471)",
            },
        ),
    ],
    "sarees": [
        (
            "Banarasi silk saree with zari",
            {"composition": "100% silk", "craft": "Zari weave", "saree_style": "Banarasi"},
        ),
        (
            "Printed georgette saree",
            {
                "composition": "100% polyester georgette",
                "craft": "Digital print",
                "saree_style": "Printed georgette",
            },
        ),
        (
            "Sambalpuri ikat cotton saree, handloom",
            {
                "composition": "100% cotton",
                "craft": "Ikat",
                "saree_style": "Sambalpuri",
                "handloom": True,
            },
        ),
        (
            "Bengal tant cotton saree, handloom",
            {
                "composition": "100% cotton",
                "craft": "Zari weave",
                "saree_style": "Tant",
                "handloom": True,
            },
        ),
        (
            "Sambalpuri silk saree, bomkai border",
            {
                "composition": "100% silk",
                "craft": "Ikat",
                "saree_style": "Sambalpuri",
                "handloom": True,
            },
        ),
    ],
    "kurtis-and-suits": [
        ("Chikankari cotton kurti", {"composition": "100% cotton", "craft": "Chikankari"}),
    ],
    "scarves-and-stoles": [
        ("Bandhani silk stole", {"composition": "100% silk", "craft": "Bandhani"}),
        (
            "Phulkari dupatta, hand-embroidered",
            {"composition": "100% cotton", "craft": "Phulkari", "handloom": None},
        ),
        (
            "Wool shawl with woven border",
            {"composition": "100% wool", "craft": "Zari weave", "scarf_size": "100 × 200 cm"},
        ),
        (
            "Sambalpuri ikat cotton stole",
            {"composition": "100% cotton", "craft": "Ikat", "handloom": True},
        ),
        (
            "Pashmina shawl with zari border",
            {"composition": "100% pashmina", "craft": "Zari weave", "handloom": True},
        ),
    ],
    "hand-knotted-carpets": [
        (
            "Hand-knotted wool carpet, Persian design, 8 × 10 ft",
            {"pile_material": "New Zealand wool", "rug_size": "8 × 10 ft", "knots_per_sq_in": 120},
        ),
        (
            "Wool and silk hand-knotted rug 200 × 300 cm",
            {"pile_material": "Wool and silk", "rug_size": "200 × 300 cm"},
        ),
        (
            "Kashmir hand-knotted rug 160 × 230 cm",
            {"pile_material": "Wool and silk", "rug_size": "160 × 230 cm", "knots_per_sq_in": 180},
        ),
    ],
    "hand-tufted-rugs": [
        (
            "Hand-tufted wool rug 160 × 230 cm, modern design",
            {"pile_material": "New Zealand wool", "rug_size": "160 × 230 cm"},
        ),
        (
            "Hand-tufted bamboo silk rug 200 × 300 cm",
            {"pile_material": "Bamboo silk (viscose)", "rug_size": "200 × 300 cm"},
        ),
    ],
    "dhurries": [
        (
            "Cotton flatweave dhurrie 120 × 180 cm",
            {"pile_material": "Cotton", "rug_size": "120 × 180 cm"},
        ),
        (
            "Recycled PET outdoor kilim 160 × 230 cm",
            {"pile_material": "Recycled PET", "rug_size": "160 × 230 cm"},
        ),
        (
            "Hand-woven wool kilim 200 × 300 cm",
            {"pile_material": "Indian wool", "rug_size": "200 × 300 cm"},
        ),
    ],
    "jute-rugs": [
        ("Braided jute rug, 150 cm round", {"pile_material": "Jute", "rug_size": "150 cm round"}),
        ("Jute boucle rug 160 × 230 cm", {"pile_material": "Jute", "rug_size": "160 × 230 cm"}),
        ("Jute runner 70 × 200 cm", {"pile_material": "Jute", "rug_size": "70 × 200 cm"}),
    ],
    "bed-linen": [
        (
            "300 TC cotton percale sheet set, queen",
            {"thread_count": 300, "bed_size": "Queen", "material": "100% cotton"},
        ),
        (
            "Hotel white sateen duvet cover, 400 TC",
            {"thread_count": 400, "finish": "White (hotel)", "material": "100% cotton"},
        ),
    ],
    "quilts-and-bedspreads": [
        ("Kantha quilt, vintage cotton", {"quilt_type": "Kantha quilt"}),
        ("Jaipuri razai, cotton-filled", {"quilt_type": "Jaipuri razai"}),
    ],
    "terry-towels": [
        (
            "Hotel bath towel 600 GSM, white",
            {"towel_gsm": 600, "towel_set": "Bath towel", "finish": "White (hotel)"},
        ),
    ],
    "cushion-covers": [
        (
            "Embroidered cushion cover 45 × 45 cm",
            {"cushion_size": "45 × 45 cm", "finish": "Embroidered"},
        ),
        (
            "Block-printed cushion cover 40 × 40 cm",
            {"cushion_size": "40 × 40 cm", "finish": "Hand block printed"},
        ),
    ],
    "curtains": [("Blackout eyelet curtains", {"heading": "Eyelet", "blackout": True})],
    "table-linen": [
        ("Cotton kitchen towels, set of 3", {"table_item": "Kitchen towels"}),
        ("Jute placemats, set of 6", {"table_item": "Placemats", "material": "Jute"}),
    ],
    "solid-wood-furniture": [
        (
            "Sheesham wood coffee table",
            {"room": "Living room", "wood": "Sheesham (Indian rosewood)"},
        ),
        ("Mango wood dining table, 6-seater", {"room": "Dining room", "wood": "Mango wood"}),
        ("Acacia wood bedside table", {"room": "Bedroom", "wood": "Acacia"}),
        ("Reclaimed wood sideboard", {"room": "Living room", "wood": "Reclaimed wood"}),
    ],
    "metal-furniture": [("Wrought-iron bistro set", {"room": "Outdoor / garden"})],
    "cane-and-bamboo-furniture": [("Rattan lounge chair", {"room": "Living room"})],
    "wooden-decor": [
        ("Hand-carved sheesham elephant figurine", {"wood": "Sheesham"}),
        ("Carved mango wood wall panel", {"wood": "Mango wood"}),
        ("Walnut wood jewellery box", {"wood": "Walnut wood"}),
    ],
    "wooden-kitchenware": [
        ("Acacia wood serving board", {"wood": "Acacia", "food_safe_finish": True}),
        ("Mango wood salad bowl", {"wood": "Mango wood", "food_safe_finish": True}),
        ("Sheesham wood spice box (masala dabba)", {"wood": "Sheesham"}),
    ],
    "brass-artware": [
        ("Brass diya set of 12", {"item": "Diya / lamp", "metal_finish": "Polished"}),
        (
            "Antique brass Ganesha idol, 8 inch",
            {"item": "Idol / figurine", "metal_finish": "Antique"},
        ),
        ("Hammered brass planter vase", {"item": "Vase", "metal_finish": "Hammered"}),
        ("Dhokra brass tribal figurine", {"item": "Idol / figurine", "metal_finish": "Antique"}),
    ],
    "copperware": [
        ("Pure copper water bottle, 1 litre", {"copper_item": "Water bottle"}),
        (
            "Hammered copper Moscow mule mugs",
            {"copper_item": "Moscow mule mug", "metal_finish": "Hammered", "lacquer_coated": True},
        ),
    ],
    "iron-decor": [
        ("Wrought-iron wall art, tree of life", {"iron_item": "Wall art"}),
        (
            "Iron lantern with glass, antique finish",
            {"iron_item": "Lantern", "metal_finish": "Antique"},
        ),
    ],
    "pottery-and-ceramics": [
        (
            "Jaipur blue pottery vase",
            {"ceramic_style": "Jaipur blue pottery", "lead_free_glaze": True},
        ),
    ],
    "glass-crafts": [("Glass tealight holders, set of 6", {"glass_item": "Tealight holders"})],
    "jute-bags": [
        ("Jute shopping tote with cotton handles", {"bag_type": "Shopping tote"}),
        ("Jute wine bottle bag", {"bag_type": "Wine bag"}),
        ("Laminated jute promotional bag", {"bag_type": "Promotional bag", "laminated": True}),
    ],
    "baskets": [
        ("Sabai grass storage basket", {"fibre": "Sabai grass"}),
        ("Water hyacinth laundry basket", {"fibre": "Water hyacinth"}),
        ("Bamboo fruit basket", {"fibre": "Bamboo"}),
        ("Kauna reed basket, Manipur", {"fibre": "Kauna reed"}),
    ],
    "coir-products": [
        ("Coir door mat 40 × 60 cm", {"coir_item": "Door mat", "dimensions": "40 × 60 cm"}),
    ],
    "folk-paintings": [
        (
            "Pattachitra scroll painting on cloth",
            {"art_form": "Pattachitra", "medium": "Cloth"},
        ),
        ("Gond art painting on canvas", {"art_form": "Gond", "medium": "Canvas"}),
        (
            "Madhubani painting on handmade paper",
            {"art_form": "Madhubani", "medium": "Handmade paper"},
        ),
    ],
    "incense-sticks": [
        (
            "Sandalwood masala agarbatti",
            {"incense_type": "Masala agarbatti", "fragrance": "Sandalwood"},
        ),
        (
            "Nag champa incense sticks",
            {"incense_type": "Masala agarbatti", "fragrance": "Nag champa"},
        ),
    ],
    "candles": [("Soy wax jar candle, 40-hour burn", {"wax": "Soy wax", "burn_time_h": 40})],
    "bovine-leather": [
        (
            "Full-grain buffalo leather for shoe uppers, 1.7 mm",
            {"thickness_mm": 1.7, "grain": "Full grain", "end_use": "Shoe upper"},
        ),
        (
            "Cow nappa upholstery leather, 1.0 mm",
            {"thickness_mm": 1.0, "grain": "Nappa", "end_use": "Upholstery"},
        ),
        (
            "Vegetable-tanned cow crust leather",
            {"thickness_mm": 2.0, "grain": "Crust", "tanning": "Vegetable tanned"},
        ),
    ],
    "goat-leather": [("Goat suede leather, 0.9 mm", {"thickness_mm": 0.9, "grain": "Suede"})],
    "sheep-leather": [
        ("Sheep nappa garment leather, 0.7 mm", {"thickness_mm": 0.7, "grain": "Nappa"}),
    ],
    "mens-leather-shoes": [
        (
            "Men's Goodyear-welted oxford shoes",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "UK 6–11",
                "construction": "Goodyear welted",
                "style": "Oxford",
                "gender": "Men",
            },
        ),
        (
            "Men's suede loafers",
            {"upper": "Suede", "shoe_sizes": "EU 40–46", "style": "Loafer", "gender": "Men"},
        ),
        (
            "Men's leather Chelsea boots",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "EU 39–46",
                "style": "Chelsea boot",
                "gender": "Men",
            },
        ),
        (
            "Men's brogue derby shoes",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "UK 6–12",
                "style": "Brogue",
                "gender": "Men",
            },
        ),
    ],
    "womens-footwear": [
        (
            "Women's leather ballerina flats",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "EU 36–41",
                "style": "Ballerina",
                "gender": "Women",
            },
        ),
        (
            "Embroidered leather juttis",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "EU 36–41",
                "style": "Juttis",
                "gender": "Women",
                "construction": "Handmade",
            },
        ),
        (
            "Women's suede ankle boots",
            {"upper": "Suede", "shoe_sizes": "EU 36–41", "style": "Ankle boot", "gender": "Women"},
        ),
    ],
    "safety-shoes": [
        (
            "S3 steel-toe safety boots",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "EU 39–47",
                "safety_class": "S3",
                "toe_cap": "Steel",
            },
        ),
        (
            "S1P composite-toe safety shoes",
            {
                "upper": "Nubuck",
                "shoe_sizes": "EU 38–46",
                "safety_class": "S1P",
                "toe_cap": "Composite",
            },
        ),
    ],
    "sandals-and-chappals": [
        (
            "Kolhapuri leather chappals, handmade",
            {
                "upper": "Full-grain leather",
                "shoe_sizes": "EU 36–45",
                "construction": "Handmade",
                "sole": "Leather",
            },
        ),
    ],
    "handbags": [
        ("Women's leather tote bag", {"material": "Cow leather", "bag_style": "Tote"}),
        (
            "Buffalo leather laptop bag, 15 inch",
            {"material": "Buffalo leather", "bag_style": "Laptop bag"},
        ),
    ],
    "wallets": [
        (
            "Men's RFID-blocking bifold wallet",
            {"material": "Cow leather", "rfid_blocking": True},
        ),
        ("Goat leather card holder", {"material": "Goat leather"}),
    ],
    "belts": [
        ("Full-grain leather belt, 35 mm", {"material": "Buffalo leather", "belt_width_mm": 35}),
    ],
    "leather-garments": [
        ("Lambskin biker jacket", {"material": "Lamb nappa", "garment_style": "Biker jacket"}),
    ],
    "leather-gloves": [
        (
            "Leather welding gloves, 14 inch",
            {"material": "Cow leather", "glove_use": "Industrial / welding"},
        ),
    ],
    "saddlery-and-harness": [
        ("English leather saddle, 17 inch", {"material": "Cow leather", "saddlery_item": "Saddle"}),
        ("Leather bridle with reins", {"material": "Cow leather", "saddlery_item": "Bridle"}),
    ],
    "natural-diamonds": [
        (
            "Round brilliant natural diamond 1.01 ct G VS1, GIA",
            {
                "carat": 1.01,
                "shape": "Round brilliant",
                "colour_grade": "G",
                "clarity": "VS1",
                "cut_grade": "Excellent",
                "lab_report": "GIA",
            },
        ),
        (
            "Natural round diamonds 0.30 ct, F SI1, parcels",
            {"carat": 0.3, "shape": "Round brilliant", "colour_grade": "F", "clarity": "SI1"},
        ),
        (
            "Oval natural diamond 1.50 ct H VS2, IGI",
            {
                "carat": 1.5,
                "shape": "Oval",
                "colour_grade": "H",
                "clarity": "VS2",
                "lab_report": "IGI",
            },
        ),
    ],
    "lab-grown-diamonds": [
        (
            "CVD lab-grown diamond 2.00 ct E VVS2, IGI",
            {
                "carat": 2.0,
                "growth_method": "CVD",
                "colour_grade": "E",
                "clarity": "VVS2",
                "lab_report": "IGI",
            },
        ),
        (
            "HPHT lab-grown round diamond 1.00 ct D VVS1",
            {
                "carat": 1.0,
                "growth_method": "HPHT",
                "shape": "Round brilliant",
                "colour_grade": "D",
                "clarity": "VVS1",
            },
        ),
        (
            "Emerald-cut lab-grown diamond 3.00 ct F VS1",
            {
                "carat": 3.0,
                "growth_method": "CVD",
                "shape": "Emerald",
                "colour_grade": "F",
                "clarity": "VS1",
            },
        ),
    ],
    "precious-gemstones": [
        ("Calibrated faceted emeralds, 6 × 4 mm", {"cut": "Calibrated", "gem": "Emerald"}),
        ("Ruby cabochons, heated", {"cut": "Cabochon", "gem": "Ruby", "treatment": "Heated"}),
    ],
    "semi-precious-stones": [
        ("Amethyst faceted gemstones, calibrated", {"cut": "Calibrated", "gem": "Amethyst"}),
        ("Rainbow moonstone cabochons", {"cut": "Cabochon", "gem": "Moonstone"}),
    ],
    "gold-jewellery": [
        (
            "22K gold temple necklace, BIS hallmarked",
            {"jewellery_type": "Necklaces", "metal": "22K gold", "bis_hallmark": True},
        ),
    ],
    "diamond-jewellery": [
        ("18K gold diamond solitaire ring", {"jewellery_type": "Rings", "metal": "18K gold"}),
        (
            "Diamond tennis bracelet, 14K white gold",
            {"jewellery_type": "Bracelets", "metal": "14K gold"},
        ),
    ],
    "silver-jewellery": [
        (
            "925 silver oxidised jhumka earrings",
            {"jewellery_type": "Earrings", "plating": "Oxidised"},
        ),
        (
            "Sterling silver gemstone rings",
            {"jewellery_type": "Rings", "plating": "Rhodium plated"},
        ),
    ],
    "fashion-jewellery": [
        (
            "Kundan choker necklace set",
            {"jewellery_type": "Necklaces", "base_metal": "Brass", "stones": "Kundan and pearls"},
        ),
    ],
    "centrifugal-pumps": [
        (
            "End-suction centrifugal pump 7.5 kW, 45 m head",
            {"head_m": 45, "power_kw": 7.5, "pump_type": "End suction"},
        ),
        (
            "Monoblock pump 2 HP for farm irrigation",
            {"head_m": 22, "power_kw": 1.5, "pump_type": "Monoblock"},
        ),
    ],
    "submersible-pumps": [
        ("4-inch borewell submersible pump 1.5 HP", {"bore_size": '4"', "power_kw": 1.1}),
        (
            "6-inch solar-compatible submersible pump 7.5 HP",
            {"bore_size": '6"', "power_kw": 5.5, "solar_compatible": True},
        ),
    ],
    "electric-motors": [
        (
            "IE3 induction motor 15 kW, 4-pole",
            {
                "efficiency_class": "IE3",
                "power_kw": 15,
                "poles": "4-pole",
                "voltage": "415 V three phase 50 Hz",
            },
        ),
        (
            "IE2 flange-mounted motor 5.5 kW",
            {"efficiency_class": "IE2", "power_kw": 5.5, "mounting": "Flange (B5)"},
        ),
        (
            "IE4 premium-efficiency motor 37 kW",
            {"efficiency_class": "IE4", "power_kw": 37},
        ),
    ],
    "industrial-valves": [
        (
            "SS 316 ball valve, 3-piece, PN40",
            {"valve_type": "Ball", "pressure_class": "PN40", "material": "SS 316"},
        ),
    ],
    "diesel-generators": [
        ("125 kVA silent diesel generator set", {"rating_kva": 125, "silent_canopy": True}),
    ],
    "iron-castings": [
        ("SG iron castings for pump housings", {"casting_grade": "SG iron 500/7"}),
        ("Ductile iron manhole covers EN 124 D400", {"casting_grade": "Manhole covers EN 124"}),
    ],
    "steel-forgings": [
        (
            "ASTM A105 weld-neck flanges",
            {"forging_type": "Weld neck flange", "standard": "ASTM A105"},
        ),
        ("Closed-die forged crankshafts", {"forging_type": "Closed die forging"}),
    ],
    "fasteners": [
        (
            "High-tensile hex bolts 8.8, zinc plated",
            {"fastener_type": "Hex bolt", "property_class": "8.8", "surface_finish": "Zinc plated"},
        ),
    ],
    "hand-tools": [
        (
            "Chrome vanadium combination spanner set",
            {"tool": "Spanners and wrenches", "tool_steel": "Chrome vanadium"},
        ),
    ],
    "agricultural-machinery": [
        (
            "Tractor-mounted rotavator, 42 blades",
            {"capacity": "1 acre/hour", "agri_machine": "Rotavator"},
        ),
    ],
    "food-processing-machinery": [
        (
            "Commercial wet grinder, 20 litre",
            {"capacity": "20 kg/batch", "contact_material": "SS 304"},
        ),
    ],
    "packaging-machinery": [
        (
            "Automatic VFFS pouch packing machine",
            {"capacity": "60 packs/min", "pack_format": "Pouch (VFFS)"},
        ),
    ],
    "machine-tools": [
        (
            "CNC turning centre with Fanuc control",
            {
                "capacity": "400 mm swing",
                "machine_tool": "CNC lathe",
                "controller": "Fanuc 0i-TF",
            },
        ),
    ],
    "wires-and-cables": [
        (
            "XLPE armoured power cable 4C × 95 sq mm",
            {
                "conductor": "Aluminium",
                "insulation": "XLPE",
                "cable_size": "4C × 95 sq mm",
                "cable_voltage": "1.1 kV",
            },
        ),
        (
            "FR-LSH copper house wire 1.5 sq mm",
            {"conductor": "Copper", "insulation": "FR-LSH", "cable_size": "1.5 sq mm"},
        ),
    ],
    "transformers": [
        (
            "500 kVA oil-cooled distribution transformer",
            {"rating_kva": 500, "cooling": "ONAN (oil)"},
        ),
    ],
    "led-lighting": [
        ("LED street light 120 W, IP66", {"luminaire": "Street light", "wattage_w": 120}),
        ("LED high bay 150 W", {"luminaire": "High bay", "wattage_w": 150}),
    ],
    "solar-modules": [
        (
            "Mono PERC solar module 550 Wp, ALMM listed",
            {"module_wp": 550, "cell_type": "Mono PERC", "alm_listed": True},
        ),
        ("TOPCon bifacial solar module 580 Wp", {"module_wp": 580, "cell_type": "TOPCon"}),
    ],
    "steel-pipes-and-tubes": [
        (
            "Seamless stainless pipes ASTM A312 TP316L",
            {"pipe_type": "Seamless", "pipe_grade": "ASTM A312 TP316L"},
        ),
    ],
    "stainless-steel-kitchenware": [
        (
            "Tri-ply stainless steel cookware set, 5 pieces",
            {"kitchen_item": "Cookware set", "steel_grade": "Tri-ply", "induction_base": True},
        ),
    ],
    "pistons-and-rings": [
        (
            "Piston and ring kit for motorcycles, 57 mm bore",
            {"vehicle_type": "Two-wheeler", "bore_mm": 57},
        ),
    ],
    "gaskets": [
        (
            "Full engine gasket set for tractors",
            {"vehicle_type": "Tractor", "gasket_type": "Full gasket set"},
        ),
    ],
    "automotive-filters": [
        (
            "Spin-on oil filters for passenger cars",
            {"vehicle_type": "Passenger car", "filter_type": "Oil filter"},
        ),
    ],
    "engine-valves": [
        (
            "Engine inlet valves for light commercial vehicles",
            {"vehicle_type": "Light commercial vehicle", "valve_part": "Inlet valve"},
        ),
    ],
    "brake-parts": [
        (
            "Semi-metallic disc brake pads for cars",
            {
                "vehicle_type": "Passenger car",
                "brake_part": "Disc brake pads",
                "friction": "Semi-metallic",
            },
        ),
    ],
    "clutch-assemblies": [
        (
            "Clutch plate 380 mm for trucks",
            {"vehicle_type": "Heavy commercial vehicle", "clutch_dia_mm": 380},
        ),
    ],
    "shock-absorbers": [
        (
            "Gas-charged shock absorbers for SUVs",
            {"vehicle_type": "Utility vehicle (SUV/MUV)", "damper_type": "Gas charged"},
        ),
    ],
    "bearings": [
        (
            "Wheel hub bearing units",
            {
                "vehicle_type": "Passenger car",
                "bearing_type": "Wheel hub unit",
                "bearing_number": "DAC35720433",
            },
        ),
    ],
    "steering-components": [
        (
            "Tie rod ends for passenger cars",
            {"vehicle_type": "Passenger car", "steering_part": "Tie rod end"},
        ),
    ],
    "automotive-lamps": [
        (
            "LED headlamp assembly for motorcycles",
            {
                "vehicle_type": "Two-wheeler",
                "system_voltage": "12 V",
                "lamp_type": "Headlamp assembly",
            },
        ),
    ],
    "starters-and-alternators": [
        (
            "Alternator 24 V for trucks",
            {
                "vehicle_type": "Heavy commercial vehicle",
                "system_voltage": "24 V",
                "rotating_part": "Alternator",
            },
        ),
    ],
    "automotive-batteries": [
        (
            "SMF car battery 12 V 65 Ah",
            {
                "vehicle_type": "Passenger car",
                "system_voltage": "12 V",
                "capacity_ah": 65,
                "chemistry": "SMF (sealed maintenance-free)",
            },
        ),
    ],
    "wiring-harnesses": [
        (
            "Wiring harness for motorcycles",
            {"vehicle_type": "Two-wheeler", "system_voltage": "12 V"},
        ),
    ],
    "tyres-and-tubes": [
        (
            "Motorcycle tyre 90/90-17",
            {
                "vehicle_type": "Two-wheeler",
                "tyre_size": "90/90-17",
                "tyre_construction": "Bias ply",
            },
        ),
    ],
    "wheels-and-rims": [
        (
            "Steel wheels 15-inch for passenger cars",
            {"vehicle_type": "Passenger car", "wheel_type": "Steel wheel"},
        ),
    ],
    "two-wheeler-parts": [
        (
            "Motorcycle chain sprocket kit",
            {"vehicle_type": "Two-wheeler", "tw_part": "Chain sprocket kit"},
        ),
        ("Two-wheeler clutch plates", {"vehicle_type": "Two-wheeler", "tw_part": "Clutch plate"}),
    ],
    "reactive-dyes": [
        (
            "Reactive Red ME4BL, 150%",
            {"physical_form": "Powder", "dye_range": "ME / HE bifunctional", "strength_pct": 150},
        ),
        (
            "Reactive Black B, vinyl sulphone",
            {"physical_form": "Powder", "dye_range": "Vinyl sulphone (VS)"},
        ),
    ],
    "disperse-dyes": [
        (
            "Disperse Blue 79, high energy",
            {
                "physical_form": "Powder",
                "energy": "High (S)",
                "colour_index": "Disperse Blue 79",
            },
        ),
        (
            "Disperse dyes for polyester printing, medium energy",
            {"physical_form": "Powder", "energy": "Medium (SE)"},
        ),
    ],
    "organic-pigments": [
        (
            "Pigment Blue 15:3 for printing inks",
            {
                "physical_form": "Powder",
                "application": "Inks",
                "colour_index": "Pigment Blue 15:3",
            },
        ),
        (
            "Pigment Green 7 for plastics",
            {
                "physical_form": "Powder",
                "application": "Plastics",
                "colour_index": "Pigment Green 7",
            },
        ),
    ],
    "insecticides": [
        (
            "Imidacloprid 17.8% SL",
            {
                "physical_form": "Liquid",
                "active_ingredient": "Imidacloprid 17.8% SL",
                "formulation": "SL",
            },
        ),
        (
            "Chlorpyrifos 20% EC",
            {
                "physical_form": "Liquid",
                "active_ingredient": "Chlorpyrifos 20% EC",
                "formulation": "EC",
            },
        ),
    ],
    "herbicides-and-fungicides": [
        (
            "Glyphosate 41% SL",
            {
                "physical_form": "Liquid",
                "active_ingredient": "Glyphosate 41% SL",
                "formulation": "SL",
            },
        ),
        (
            "Mancozeb 75% WP",
            {
                "physical_form": "Powder",
                "active_ingredient": "Mancozeb 75% WP",
                "formulation": "WP",
            },
        ),
    ],
    "castor-oil": [
        (
            "Castor oil, first special grade (FSG)",
            {"physical_form": "Liquid", "castor_grade": "First special grade (FSG)"},
        ),
        (
            "Hydrogenated castor oil flakes",
            {"physical_form": "Flakes", "castor_grade": "Hydrogenated (HCO)"},
        ),
    ],
    "guar-gum": [
        (
            "Food-grade guar gum powder E412, 5000 cps",
            {
                "physical_form": "Powder",
                "guar_grade": "Food grade (E412)",
                "viscosity_cps": 5000,
            },
        ),
        (
            "Fast-hydration guar gum for oilfield use",
            {"physical_form": "Powder", "guar_grade": "Fast hydration (oilfield)"},
        ),
    ],
    "activated-carbon": [
        (
            "Coconut-shell activated carbon granules, IV 1050",
            {"physical_form": "Granules", "iodine_value": 1050, "carbon_source": "Coconut shell"},
        ),
    ],
    "surfactants": [
        (
            "LABSA 96%",
            {
                "physical_form": "Liquid",
                "ionic_type": "Anionic (LABSA, SLES)",
                "active_matter_pct": 96,
            },
        ),
    ],
    "masterbatches": [
        (
            "Black masterbatch for HDPE pipes",
            {"physical_form": "Pellets", "masterbatch_type": "Black", "carrier": "HDPE"},
        ),
    ],
    "fibc-bags": [
        (
            "FIBC jumbo bag 1,000 kg, 4-loop",
            {"physical_form": "Finished articles", "swl_kg": 1000, "packaging": None},
        ),
    ],
    "pet-preforms": [
        (
            "PET preforms PCO 1881, 18 g",
            {
                "physical_form": "Finished articles",
                "neck_finish": "PCO 1881",
                "preform_weight_g": 18,
                "packaging": None,
            },
        ),
    ],
    "tablets-and-capsules": [
        (
            "Paracetamol tablets 500 mg, 10 × 10 blister",
            {
                "dosage_form": "Tablet",
                "strength": "500 mg",
                "pack": "10 × 10 blister",
                "therapeutic_area": "Analgesic",
            },
        ),
        (
            "Metformin HCl tablets 500 mg",
            {
                "dosage_form": "Film-coated tablet",
                "strength": "500 mg",
                "therapeutic_area": "Anti-diabetic",
            },
        ),
        (
            "Amoxicillin capsules 500 mg",
            {"dosage_form": "Capsule", "strength": "500 mg", "therapeutic_area": "Anti-infective"},
        ),
        (
            "Artemether-lumefantrine tablets 20/120 mg",
            {
                "dosage_form": "Tablet",
                "strength": "20/120 mg",
                "therapeutic_area": "Anti-malarial",
            },
        ),
    ],
    "oral-liquids": [
        (
            "Paracetamol oral suspension 120 mg/5 ml",
            {"dosage_form": "Oral suspension", "strength": "120 mg/5 ml"},
        ),
        (
            "Amoxicillin dry syrup 125 mg/5 ml",
            {"dosage_form": "Dry powder for suspension", "strength": "125 mg/5 ml"},
        ),
    ],
    "injectables": [
        (
            "Ceftriaxone for injection 1 g/vial",
            {"dosage_form": "Dry powder for injection", "strength": "1 g/vial"},
        ),
    ],
    "active-pharmaceutical-ingredients": [
        ("Paracetamol API, USP", {"molecule": "Paracetamol", "pharmacopoeia": "USP"}),
        (
            "Metformin hydrochloride API with US DMF",
            {"molecule": "Metformin HCl", "regulatory_file": "US DMF"},
        ),
    ],
    "pharma-intermediates": [
        ("4-Aminophenol, 99.5%", {"molecule": "4-Aminophenol", "purity_pct": 99.5}),
    ],
    "excipients": [
        ("Microcrystalline cellulose PH 102", {"excipient": "Microcrystalline cellulose"}),
    ],
    "medical-gloves": [
        (
            "Nitrile examination gloves, powder-free",
            {"glove_material": "Nitrile", "powder": "Powder-free", "sterile": False},
        ),
    ],
    "wound-dressings": [
        ("Sterile gauze swabs 10 × 10 cm, 8 ply", {"dressing": "Gauze swabs", "sterile": True}),
    ],
    "syringes-and-needles": [
        ("Auto-disable syringes 1 ml", {"syringe_volume": "1 ml", "auto_disable": True}),
    ],
    "surgical-instruments": [
        ("Stainless steel surgical scissors, reusable", {"instrument_use": "Reusable"}),
    ],
    "diagnostic-kits": [("Malaria antigen rapid test card", {"test_format": "Rapid card"})],
    "ashwagandha": [
        (
            "Ashwagandha root powder, 2.5% withanolides",
            {"herbal_form": "Powder", "withanolides_pct": 2.5, "plant_part": "Root"},
        ),
        (
            "Ashwagandha root extract, 5% withanolides",
            {"herbal_form": "Extract", "withanolides_pct": 5, "plant_part": "Root"},
        ),
    ],
    "moringa": [
        (
            "Organic moringa leaf powder",
            {
                "herbal_form": "Powder",
                "moringa_product": "Leaf powder",
                "organic": True,
                "plant_part": "Leaf",
            },
        ),
    ],
    "psyllium-husk": [
        (
            "Psyllium husk, 99% purity",
            {"herbal_form": "Whole / raw", "husk_purity": "99%", "plant_part": "Husk"},
        ),
        (
            "Psyllium husk powder 95%, 40 mesh",
            {
                "herbal_form": "Powder",
                "husk_purity": "95%",
                "husk_mesh": "40 mesh powder",
                "plant_part": "Husk",
            },
        ),
    ],
    "senna": [
        (
            "Senna leaves, 2.5% sennosides",
            {"herbal_form": "Whole / raw", "sennosides_pct": 2.5, "plant_part": "Leaf"},
        ),
    ],
    "neem-products": [
        (
            "Cold-pressed neem oil, 1500 ppm azadirachtin",
            {"herbal_form": "Oil", "plant_part": "Seed", "azadirachtin_ppm": 1500},
        ),
    ],
    "mentha-oils": [
        ("Mentha arvensis oil, 70% menthol", {"herbal_form": "Oil", "menthol_pct": 70}),
    ],
    "menthol-crystals": [
        ("Menthol crystals IP/USP, bold", {"herbal_form": "Extract", "crystal_size": "Bold"}),
    ],
    "essential-oils-other": [
        ("Lemongrass oil, steam distilled", {"herbal_form": "Oil", "oil": "Lemongrass"}),
        ("Eucalyptus oil, Nilgiri", {"herbal_form": "Oil", "oil": "Eucalyptus"}),
        ("Palmarosa essential oil", {"herbal_form": "Oil", "oil": "Palmarosa"}),
        (
            "Vetiver (khus) oil, hydro distilled",
            {"herbal_form": "Oil", "oil": "Vetiver (khus)", "extraction": "Hydro distilled (deg)"},
        ),
    ],
    "attars": [
        (
            "Rose attar (ruh gulab) in sandalwood base",
            {"herbal_form": "Oil", "attar_note": "Rose (gulab)", "base": "Sandalwood oil"},
        ),
        ("Mitti attar, scent of first rain", {"herbal_form": "Oil", "attar_note": "Mitti (earth)"}),
        (
            "Shamama attar, alcohol-free",
            {"herbal_form": "Oil", "attar_note": "Shamama", "base": "Alcohol-free DPG"},
        ),
    ],
    "ayurvedic-medicines": [
        ("Triphala churna", {"herbal_form": "Powder", "ayurvedic_form": "Churna"}),
        ("Mahanarayan taila", {"herbal_form": "Oil", "ayurvedic_form": "Taila"}),
    ],
    "herbal-extracts": [
        ("Curcumin 95% extract", {"herbal_form": "Extract", "marker": "Curcuminoids 95%"}),
    ],
    "herbal-personal-care": [
        ("Bhringraj herbal hair oil", {"herbal_form": "Oil", "care_product": "Hair oil"}),
    ],
    "nutraceuticals": [
        (
            "Turmeric and black pepper capsules, 60 count",
            {
                "herbal_form": "Capsules / tablets",
                "active": "Turmeric with black pepper",
                "units_per_pack": 60,
            },
        ),
        (
            "Ashwagandha KSM-66 capsules",
            {"herbal_form": "Capsules / tablets", "active": "Ashwagandha KSM-66"},
        ),
    ],
}

# --------------------------------------------------------------------------- prices and terms

# slug (leaf, group or top category; the most specific wins) ->
# (USD price low, high, price unit, MOQ low, high, MOQ unit)
PRICING: dict[str, tuple[float, float, str, int, int, str]] = {
    "spices": (2.5, 9, "kg", 500, 5000, "kg"),
    "green-cardamom": (22, 32, "kg", 100, 1000, "kg"),
    "large-cardamom": (12, 18, "kg", 200, 2000, "kg"),
    "cloves": (8, 12, "kg", 250, 2000, "kg"),
    "nutmeg-and-mace": (7, 16, "kg", 250, 2000, "kg"),
    "saffron": (1800, 3200, "kg", 1, 5, "kg"),
    "spice-oleoresins": (25, 90, "kg", 25, 200, "kg"),
    "tea-and-coffee": (3, 12, "kg", 500, 5000, "kg"),
    "darjeeling-tea": (18, 60, "kg", 20, 200, "kg"),
    "coffee": (3.5, 7.5, "kg", 6, 19, "MT"),
    "roasted-coffee": (9, 16, "kg", 200, 2000, "kg"),
    "instant-coffee": (9, 18, "kg", 500, 5000, "kg"),
    "agricultural-produce": (400, 900, "MT", 25, 100, "MT"),
    "basmati-rice": (900, 1400, "MT", 25, 200, "MT"),
    "non-basmati-rice": (380, 520, "MT", 25, 500, "MT"),
    "parboiled-rice": (400, 540, "MT", 25, 500, "MT"),
    "broken-rice": (300, 380, "MT", 50, 500, "MT"),
    "pulses": (650, 1150, "MT", 25, 100, "MT"),
    "fresh-fruits": (0.8, 3.5, "kg", 5, 25, "MT"),
    "mangoes": (3, 7, "kg", 500, 5000, "kg"),
    "fresh-vegetables": (0.25, 0.9, "kg", 25, 100, "MT"),
    "green-chillies": (1.2, 2.5, "kg", 500, 3000, "kg"),
    "wheat": (260, 330, "MT", 50, 500, "MT"),
    "maize": (240, 300, "MT", 50, 500, "MT"),
    "sesame-seeds": (1500, 2200, "MT", 19, 100, "MT"),
    "groundnuts": (1100, 1500, "MT", 19, 100, "MT"),
    "millets": (400, 700, "MT", 19, 100, "MT"),
    "nuts-and-dried-fruits": (2, 11, "kg", 700, 15000, "kg"),
    "processed-food": (1.5, 6, "kg", 500, 5000, "kg"),
    "ghee": (6, 9, "kg", 500, 5000, "kg"),
    "jaggery": (0.7, 1.3, "kg", 1000, 20000, "kg"),
    "marine-products": (4, 14, "kg", 5, 25, "MT"),
    "fish-meal": (1200, 1700, "MT", 25, 100, "MT"),
    "dried-fish": (3, 7, "kg", 1000, 10000, "kg"),
    "yarns": (2.6, 4.5, "kg", 1000, 10000, "kg"),
    "fabrics": (1.2, 5, "metre", 1000, 10000, "metres"),
    "silk-fabric": (6, 18, "metre", 100, 1000, "metres"),
    "apparel": (3, 14, "piece", 500, 3000, "pieces"),
    "ethnic-wear": (8, 60, "piece", 50, 500, "pieces"),
    "sarees": (12, 180, "piece", 20, 200, "pieces"),
    "hand-knotted-carpets": (180, 1200, "piece", 1, 20, "pieces"),
    "hand-tufted-rugs": (60, 300, "piece", 10, 50, "pieces"),
    "dhurries": (15, 90, "piece", 50, 300, "pieces"),
    "jute-rugs": (12, 70, "piece", 50, 300, "pieces"),
    "bed-bath-and-table-linen": (2, 30, "piece", 300, 3000, "pieces"),
    "furniture": (80, 650, "piece", 20, 100, "pieces"),
    "handicrafts": (2, 35, "piece", 100, 1000, "pieces"),
    "folk-paintings": (15, 250, "piece", 10, 50, "pieces"),
    "incense-sticks": (0.3, 1.2, "pack", 5000, 50000, "packs"),
    "coir-products": (1.5, 6, "piece", 500, 5000, "pieces"),
    "leather-and-leather-products": (4, 60, "piece", 100, 1000, "pieces"),
    "finished-leather": (1.2, 3.8, "sq ft", 5000, 20000, "sq ft"),
    "footwear": (12, 48, "pair", 300, 1500, "pairs"),
    "leather-garments": (60, 180, "piece", 50, 300, "pieces"),
    "leather-gloves": (1.5, 12, "pair", 1000, 6000, "pairs"),
    "saddlery-and-harness": (25, 400, "piece", 20, 200, "pieces"),
    "natural-diamonds": (400, 6000, "carat", 5, 50, "carats"),
    "lab-grown-diamonds": (60, 450, "carat", 10, 100, "carats"),
    "precious-gemstones": (40, 2500, "carat", 10, 100, "carats"),
    "semi-precious-stones": (1, 40, "carat", 100, 1000, "carats"),
    "gold-jewellery": (200, 2500, "piece", 10, 100, "pieces"),
    "diamond-jewellery": (300, 3000, "piece", 10, 50, "pieces"),
    "silver-jewellery": (8, 80, "piece", 50, 500, "pieces"),
    "fashion-jewellery": (1.2, 9, "piece", 300, 3000, "pieces"),
    "engineering-goods": (50, 1500, "piece", 10, 100, "pieces"),
    "centrifugal-pumps": (90, 2400, "piece", 5, 50, "pieces"),
    "submersible-pumps": (120, 900, "piece", 10, 100, "pieces"),
    "electric-motors": (70, 1800, "piece", 10, 100, "pieces"),
    "industrial-valves": (12, 600, "piece", 50, 500, "pieces"),
    "diesel-generators": (3500, 42000, "set", 1, 5, "sets"),
    "castings-forgings-and-hardware": (1.4, 4.5, "kg", 1000, 10000, "kg"),
    "hand-tools": (1.5, 18, "piece", 500, 5000, "pieces"),
    "industrial-machinery": (2500, 85000, "set", 1, 3, "sets"),
    "wires-and-cables": (0.3, 45, "metre", 1000, 10000, "metres"),
    "transformers": (2500, 38000, "piece", 1, 10, "pieces"),
    "led-lighting": (6, 140, "piece", 100, 2000, "pieces"),
    "solar-modules": (45, 120, "piece", 500, 5000, "pieces"),
    "steel-pipes-and-tubes": (900, 4200, "MT", 5, 50, "MT"),
    "stainless-steel-kitchenware": (6, 60, "set", 200, 2000, "sets"),
    "auto-parts": (1.2, 60, "piece", 200, 2000, "pieces"),
    "automotive-batteries": (35, 140, "piece", 100, 500, "pieces"),
    "tyres-and-tubes": (25, 260, "piece", 100, 1000, "pieces"),
    "wheels-and-rims": (30, 180, "piece", 100, 1000, "pieces"),
    "chemicals": (2, 9, "kg", 500, 5000, "kg"),
    "dyes-and-pigments": (4, 22, "kg", 100, 1000, "kg"),
    "agrochemicals": (4, 25, "litre", 1000, 10000, "litres"),
    "castor-oil": (1400, 2100, "MT", 10, 100, "MT"),
    "guar-gum": (1.3, 3.5, "kg", 1000, 20000, "kg"),
    "activated-carbon": (1.1, 2.4, "kg", 1000, 20000, "kg"),
    "fibc-bags": (4, 14, "piece", 500, 5000, "pieces"),
    "pet-preforms": (18, 60, "1,000 pcs", 100, 500, "× 1,000 pcs"),
    "pharmaceuticals": (0.6, 6, "pack", 10000, 100000, "packs"),
    "injectables": (0.4, 4, "vial", 10000, 100000, "vials"),
    "apis-and-intermediates": (6, 180, "kg", 25, 500, "kg"),
    "excipients": (2, 12, "kg", 500, 5000, "kg"),
    "medical-gloves": (3, 8, "box of 100", 1000, 10000, "boxes"),
    "wound-dressings": (0.2, 2, "pack", 5000, 50000, "packs"),
    "syringes-and-needles": (18, 55, "1,000 pcs", 50, 500, "× 1,000 pcs"),
    "surgical-instruments": (2, 60, "piece", 100, 1000, "pieces"),
    "diagnostic-kits": (20, 180, "kit", 50, 500, "kits"),
    "ayurveda-and-herbal": (2.5, 14, "kg", 100, 2000, "kg"),
    "ashwagandha": (6, 60, "kg", 25, 1000, "kg"),
    "essential-oils": (14, 90, "kg", 25, 500, "kg"),
    "attars": (180, 1500, "kg", 1, 25, "kg"),
    "menthol-crystals": (16, 22, "kg", 25, 1000, "kg"),
    "ayurvedic-medicines": (2, 9, "bottle", 1000, 10000, "bottles"),
    "herbal-extracts": (18, 120, "kg", 25, 500, "kg"),
    "herbal-personal-care": (1, 6, "piece", 1000, 10000, "pieces"),
    "nutraceuticals": (3, 12, "bottle", 500, 5000, "bottles"),
}

# top category slug -> (lead time in days: low, high), Incoterms offered
TERMS: dict[str, tuple[tuple[int, int], list[str]]] = {
    "spices": ((10, 30), ["FOB", "CIF", "CFR", "EXW"]),
    "tea-and-coffee": ((10, 30), ["FOB", "CIF", "CFR", "FCA"]),
    "agricultural-produce": ((7, 30), ["FOB", "CIF", "CFR"]),
    "processed-food": ((20, 45), ["FOB", "CIF", "EXW"]),
    "marine-products": ((15, 45), ["FOB", "CFR", "CIF"]),
    "textiles-and-apparel": ((30, 75), ["FOB", "CIF", "EXW", "FCA"]),
    "home-furnishing": ((45, 90), ["FOB", "CIF", "EXW"]),
    "handicrafts": ((30, 75), ["FOB", "EXW", "CIF", "DAP"]),
    "leather-and-leather-products": ((30, 75), ["FOB", "CIF", "FCA"]),
    "gems-and-jewellery": ((7, 30), ["CIF", "FCA", "DAP", "CIP"]),
    "engineering-goods": ((30, 90), ["FOB", "CIF", "EXW", "FCA"]),
    "auto-parts": ((30, 75), ["FOB", "CIF", "EXW"]),
    "chemicals": ((15, 45), ["FOB", "CIF", "CFR", "EXW"]),
    "pharmaceuticals": ((30, 90), ["FOB", "CIF", "CIP"]),
    "ayurveda-and-herbal": ((15, 45), ["FOB", "CIF", "EXW", "DAP"]),
}

USD_TO_INR = Decimal("84")

# featured on the home page: (supplier code, SKU number) for products, codes for suppliers
HOME_PRODUCTS = [("MPT", 1), ("TKG", 1), ("MBC", 1), ("VME", 1)]
HOME_SUPPLIERS = ["KBM", "BCW", "HPG", "CPI"]


# --------------------------------------------------------------------------- helpers


def pan_for(index: int, name: str) -> str:
    """A valid, unique company PAN: three letters, C (company), the name's initial, four digits,
    a letter (``AAECK1234M`` style)."""
    letters = "BCDEFGHJKLMNPQRSTUVWXYZ"
    return (
        f"AA{letters[index % len(letters)]}C{name[0].upper()}"
        f"{(4021 + index * 173) % 10000:04d}{letters[(index * 7 + 3) % len(letters)]}"
    )


def _rng(*parts: Any) -> random.Random:
    return random.Random("-".join(str(p) for p in parts))  # noqa: S311 - demo data, not security


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _cert_number(code: str, spec: dict[str, Any], rng: random.Random) -> str:
    template = CERT_NUMBER_FORMATS.get(code, "{d:8}")
    year = rng.randrange(2018, 2024)
    values = {
        "city": spec["city"][:3].upper(),
        "year": year,
        "yy": f"{(year + 1) % 100:02d}",
    }
    # "{d:N}" and "{d2:N}" are N random digits
    out = template
    for key in ("d2", "d"):
        while "{" + key + ":" in out:
            start = out.index("{" + key + ":")
            end = out.index("}", start)
            out = out[:start] + _digits(rng, int(out[start + len(key) + 2 : end])) + out[end + 1 :]
    return out.format(**values)


def _leaf_hints() -> dict[str, dict[str, dict[str, Any]]]:
    """Per leaf: the merged attribute definitions from the taxonomy data, which carry the
    ``typical`` ranges and ``examples`` that the database does not store."""
    nodes = {node.slug: node for node in taxonomy_nodes()}
    hints: dict[str, dict[str, dict[str, Any]]] = {}
    for node in nodes.values():
        if not node.is_leaf:
            continue
        chain, current = [], node
        while current is not None:
            chain.append(current)
            current = nodes.get(current.parent_slug) if current.parent_slug else None
        merged: dict[str, dict[str, Any]] = {}
        for item in reversed(chain):
            for attr in item.attributes:
                merged[attr["key"]] = attr
        hints[node.slug] = merged
    return hints


def _number(hint: dict[str, Any], rng: random.Random) -> int | float:
    low, high = hint.get("typical") or (1, 100)
    span = high - low
    if isinstance(low, int) and isinstance(high, int) and (span >= 15 or hint["unit"] != "%"):
        value = rng.uniform(low, high)
        step = 10 ** max(0, len(str(int(span))) - 2)
        return int(round(value / step) * step)
    digits = 1 if span >= 2 else 2
    return round(rng.uniform(low, high), digits)


# optional text attributes that name one specific thing (a CAS number, a botanical name, a part
# number): filled only from a product's title, never drawn at random
SPECIFIC_TEXT = {
    "active_content",
    "bearing_number",
    "botanical_name",
    "cas_number",
    "colour_index",
    "controller",
    "craft_cluster",
    "dimensions",
    "engine_make",
    "estate",
    "load_speed_index",
    "material",
    "oem_number",
    "pack",
    "scientific_name",
    "size_grade",
    "standard",
    "stones",
    "vehicle_make",
}
# defaults by category (or ancestor) slug, unless the title says otherwise
DEFAULTS: dict[str, dict[str, Any]] = {
    "shrimp-and-prawns": {"catch": "Farmed (aquaculture)"},
    "frozen-fish": {"catch": "Wild caught"},
    "cephalopods": {"catch": "Wild caught"},
    "dried-fish-and-fishmeal": {"catch": "Wild caught"},
    "medical-gloves": {"sterile": False},
    "diagnostic-kits": {"sterile": False, "sterilisation": "Not sterile"},
}


def _compatible(key: str, choices: list[str], values: dict[str, Any]) -> list[str]:
    """Choices that fit what is already chosen (liquids go in drums and totes, not bags)."""
    if key == "packaging" and "physical_form" in values:
        liquid = values["physical_form"] in ("Liquid", "Paste")
        fitting = [c for c in choices if (" L" in c or "IBC" in c or "tank" in c) == liquid]
        return fitting or choices
    return choices


def _attributes(
    category: Category,
    schema: list,
    hints: dict[str, dict[str, Any]],
    overrides: dict[str, Any],
    state_name: str,
    rng: random.Random,
) -> dict[str, Any]:
    """Specifications for one product: the title's values, every required attribute and about
    half of the optional ones, drawn from each attribute's choices, typical range or examples."""
    values: dict[str, Any] = {}
    lineage = [category.slug, *(node.slug for node in reversed(category.ancestors()))]
    defaults = {}
    for slug in reversed(lineage):
        defaults.update(DEFAULTS.get(slug, {}))
    overrides = {**defaults, **overrides}
    for attribute in schema:
        key = attribute.key
        if key in overrides:
            if overrides[key] is not None:
                values[key] = overrides[key]
            continue
        if not attribute.required and (
            rng.random() < 0.45 or (attribute.type == "text" and key in SPECIFIC_TEXT)
        ):
            continue
        hint = hints.get(key, {})
        if attribute.type == "choice":
            if key == "origin_state" and state_name in attribute.choices:
                values[key] = state_name
            else:
                values[key] = rng.choice(_compatible(key, attribute.choices, values))
        elif attribute.type == "number":
            values[key] = _number({"unit": attribute.unit, **hint}, rng)
        elif attribute.type == "boolean":
            values[key] = False if key in ("organic", "private_label") else rng.random() < 0.7
        else:
            values[key] = rng.choice(hint.get("examples") or [attribute.label])
    return attributes_validate(category, values)


def _display(attribute, value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if attribute.type == "number" and attribute.unit:
        return f"{value} {attribute.unit}"
    return str(value)


def _money(value: float) -> Decimal:
    return Decimal(str(round(value))) if value >= 100 else Decimal(f"{value:.2f}")


def _quantity(value: float) -> Decimal:
    if value >= 1000:
        return Decimal(int(round(value / 100) * 100))
    if value >= 100:
        return Decimal(int(round(value / 10) * 10))
    return Decimal(max(1, round(value)))


def _image_for(category: Category, top: Category):
    """One 800 × 600 picture per leaf category, drawn here: a colour derived from the name, the
    name in large type and the top category above it."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont
    from wagtail.images import get_image_model

    Image = get_image_model()
    title = f"{category.name} (catalog demo)"
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    digest = hashlib.sha256(category.name.encode()).digest()
    hue = digest[0] / 255
    base = tuple(int(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.45, 0.62))
    light = tuple(int(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.30, 0.78))
    picture = PILImage.new("RGB", (800, 600), base)
    draw = ImageDraw.Draw(picture)
    for n in range(6):  # soft diagonal bands
        offset = digest[n + 1] % 200 + n * 160 - 200
        draw.polygon(
            [(offset, 0), (offset + 90, 0), (offset - 310, 600), (offset - 400, 600)], light
        )
    big, small = ImageFont.load_default(size=54), ImageFont.load_default(size=26)
    lines = textwrap.wrap(category.name, width=22)[:3]
    y = 560 - 62 * len(lines)
    draw.rectangle([0, y - 72, 800, 600], fill=tuple(max(0, c - 40) for c in base))
    draw.text((40, y - 44), top.name.upper(), font=small, fill=(255, 255, 255))
    for line in lines:
        draw.text((40, y), line, font=big, fill=(255, 255, 255))
        y += 62
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    image = Image(title=title, file=ImageFile(buffer, name=f"catalog-{category.slug}.jpg"))
    image.save()
    return image


def _description(product: Product, company: Company, schema_by_key: dict, port: str) -> str:
    items = [
        f"<li><strong>{escape(schema_by_key[key].label)}:</strong> "
        f"{escape(_display(schema_by_key[key], value))}</li>"
        for key, value in list(product.attributes.items())[:6]
    ]
    samples = " Samples are available on request." if product.samples_available else ""
    return (
        f"<p>{escape(product.title)} from {escape(company.name)}, exporting from "
        f"{escape(company.city)}, {escape(company.state)}.</p>"
        f"<ul>{''.join(items)}</ul>"
        f"<p>Minimum order {product.moq:,} {escape(product.moq_unit)}. Shipped "
        f"{escape('/'.join(product.incoterms))} from {escape(port)}; lead time about "
        f"{product.lead_time_days} days.{samples}</p>"
    )


# --------------------------------------------------------------------------- seeding


def _supplier(index: int, spec: dict[str, Any], password: str, admin: User | None) -> Company:
    email = EMAIL.format(index + 1)
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(
            email=email,
            first_name=spec["owner"][0],
            last_name=spec["owner"][1],
            is_seller=True,
            email_verified_at=timezone.now(),
            language="en",
            password=password,
        )
        user.save()
    company = Company.objects.filter(members__user=user, kind=Company.Kind.SELLER).first()
    if company is None:
        pan = pan_for(index, spec["name"])
        gstin = gstin_for(spec["state"], pan)
        if Company.objects.filter(gstin=gstin).exists():  # never clash with someone's data
            pan = gstin = ""
        domain = slugify(spec["name"]).replace("-and-", "-")
        company = company_services.company_create(
            owner=user,
            name=spec["name"],
            kind=Company.Kind.SELLER,
            country="IN",
            legal_name=spec["legal"],
            gst_state_code=spec["state"],
            state=GST_STATES[spec["state"]],
            city=spec["city"],
            address=spec["address"],
            postal_code=spec["postal"],
            website=f"https://{domain}.example",
            email=f"exports@{domain}.example",
            gstin=gstin,
            pan=pan,
            iec=pan,
            year_founded=spec["founded"],
            employee_count=spec["employees"],
            about=spec["about"],
        )
    profile, _created = SellerProfile.objects.get_or_create(company=company)
    if not profile.payment_terms:
        rng = _rng("profile", spec["code"])
        extra = [PaymentTerm.LC, PaymentTerm.DP, PaymentTerm.CAD]
        # a queryset update, like the rows below: the search index refreshes the company after
        # the commit anyway, and a signal per row would re-index it dozens of times
        SellerProfile.objects.filter(pk=profile.pk).update(
            export_markets=spec["markets"],
            logistics_partners=rng.sample(LOGISTICS, 2),
            payment_terms=[
                PaymentTerm.ADVANCE,
                PaymentTerm.TT,
                *rng.sample(extra, rng.randint(1, 2)),
            ],
            supply_capacity=spec["capacity"],
        )
    _evidence(company, user, spec, admin)
    return company


# suppliers that uploaded their KYC documents but are still waiting for review
AWAITING_REVIEW = {"ICE", "CCC", "LKW", "JGJ", "GAE", "KAH", "MMF"}


def _evidence(company: Company, user: User, spec: dict[str, Any], admin: User | None) -> None:
    """KYC documents (approved for verified suppliers, pending for some others, none for the
    rest) and approved certifications, each with a generated PDF as companies.demo makes them;
    then the badge is recomputed from the evidence."""
    now = timezone.now()
    wants_documents = spec["verified"] or spec["code"] in AWAITING_REVIEW
    if wants_documents and company.gstin and not company.kyc_documents.exists():
        status = ReviewStatus.APPROVED if spec["verified"] else ReviewStatus.PENDING
        approved = status == ReviewStatus.APPROVED
        KycDocument.objects.bulk_create(
            [
                KycDocument(
                    company=company,
                    doc_type=doc_type,
                    number=number,
                    file=_demo_file(
                        f"{company.name} {doc_type.upper()}", user, StoredFile.Usage.KYC
                    ),
                    uploaded_by=user,
                    status=status,
                    reviewed_by=admin if approved else None,
                    reviewed_at=now if approved else None,
                )
                for doc_type, number in (
                    ("gst", company.gstin),
                    ("pan", company.pan),
                    ("iec", company.iec),
                )
            ]
        )
        Company.objects.filter(pk=company.pk).update(submitted_for_review_at=now)
    rng = _rng("certs", spec["code"])
    have = set(company.certifications.values_list("cert_type__code", flat=True))
    types = {t.code: t for t in CertificationType.objects.filter(code__in=spec["certs"])}
    certifications, files = [], []
    for code in spec["certs"]:
        cert_type = types.get(code)
        if cert_type is None or code in have:
            continue
        number = _cert_number(code, spec, rng)
        certifications.append(
            Certification(
                company=company,
                cert_type=cert_type,
                number=number,
                issuer=cert_type.issuer_hint,
                valid_from=timezone.localdate() - timedelta(days=rng.randrange(200, 900)),
                valid_to=timezone.localdate() + timedelta(days=rng.randrange(300, 1000)),
                status=ReviewStatus.APPROVED,
                uploaded_by=user,
                reviewed_by=admin,
                reviewed_at=now,
            )
        )
        files.append(_demo_file(f"{cert_type.name} {number}", user, StoredFile.Usage.CERTIFICATION))
    Certification.objects.bulk_create(certifications)
    Through = Certification.files.through
    Through.objects.bulk_create(
        [
            Through(certification_id=certification.pk, storedfile_id=stored.pk)
            for certification, stored in zip(certifications, files, strict=True)
        ]
    )
    company_services.company_verification_refresh(company=company)


def _products(
    companies: list[tuple[dict[str, Any], Company]],
    categories: dict[str, Category],
) -> list[Product]:
    hints = _leaf_hints()
    schemas: dict[str, list] = {}
    images: dict[str, Any] = {}
    used_titles: Counter[str] = Counter()
    slugs = set(Product.objects.values_list("slug", flat=True))
    existing = set(
        Product.objects.filter(company__in=[c for _s, c in companies])
        .exclude(sku="")
        .values_list("company_id", "sku")
    )
    now = timezone.now()
    new: list[Product] = []
    pending_images: list[tuple[Product, Any]] = []
    for spec, company in companies:
        owner = company.members.filter(role="owner").select_related("user").first()
        certifications = list(
            company.certifications.filter(status=ReviewStatus.APPROVED).values_list("pk", flat=True)
        )
        terms = company.seller_profile.payment_terms
        for number, slug in enumerate(spec["products"], start=1):
            category = categories[slug]
            titles = TITLES.get(slug, [])
            position = used_titles[slug]
            used_titles[slug] += 1
            sku = f"{spec['code']}-{number:03d}"
            if (company.pk, sku) in existing:
                continue
            rng = _rng("product", spec["code"], number)
            if slug not in schemas:
                schemas[slug] = category.schema()
            schema = schemas[slug]
            if position < len(titles):
                title, overrides = titles[position]
            else:  # more products than written titles: name it after a distinguishing choice
                choice = next(
                    (a for a in reversed(schema) if a.type == "choice" and a.required), None
                )
                value = rng.choice(choice.choices) if choice else spec["city"]
                title, overrides = (
                    f"{category.name}, {value}",
                    ({choice.key: value} if choice else {}),
                )
            attributes = _attributes(category, schema, hints[slug], overrides, company.state, rng)
            top = category.ancestors()[0] if category.parent_id else category
            pricing = next(
                PRICING[s] for s in [slug, category.parent.slug, top.slug] if s in PRICING
            )
            low, high, price_unit, moq_low, moq_high, moq_unit = pricing
            price = rng.uniform(low, high)
            price_min, price_max = price, price * rng.uniform(1.08, 1.35)
            currency = "USD"
            if rng.random() < 0.2:
                currency = "INR"
                price_min, price_max = price_min * 84, price_max * 84
            (lead_low, lead_high), incoterms = TERMS[top.slug]
            port = rng.choice(PORTS.get(company.gst_state_code, ["Nhava Sheva"]))
            moq = _quantity(rng.uniform(moq_low, moq_high))
            hs_code = category.hs_code_from
            if category.hs_code_to and category.hs_code_to != hs_code and rng.random() < 0.3:
                hs_code = category.hs_code_to
            base = slugify(title)[:150] or "product"
            product_slug = base
            if product_slug in slugs:
                product_slug = f"{base}-{company.slug}"[:170]
            n = 2
            while product_slug in slugs:
                product_slug = f"{base}-{company.slug}"[:170] + f"-{n}"
                n += 1
            slugs.add(product_slug)
            created = now - timedelta(days=rng.randrange(1, 200), minutes=rng.randrange(1440))
            product = Product(
                company=company,
                title=title,
                slug=product_slug,
                sku=sku,
                category=category,
                attributes=attributes,
                price_min=_money(price_min),
                price_max=max(_money(price_max), _money(price_min)),
                currency=currency,
                price_unit=price_unit,
                moq=moq,
                moq_unit=moq_unit,
                hs_code=hs_code,
                lead_time_days=rng.randint(lead_low, lead_high),
                supply_capacity=f"{_quantity(float(moq) * rng.randint(4, 30)):,} {moq_unit} per month",
                payment_terms=list(terms),
                incoterms=["FOB", *rng.sample(incoterms[1:], rng.randint(1, 2))]
                if incoterms[0] == "FOB"
                else rng.sample(incoterms, 2),
                port_of_loading=port,
                samples_available=rng.random() < 0.75,
                status=Product.Status.PUBLISHED,
                created_by=owner.user if owner else None,
                created_at=created,
                published_at=created + timedelta(hours=1),
            )
            product.description = _description(product, company, {a.key: a for a in schema}, port)
            product._demo_certifications = certifications  # type: ignore[attr-defined]
            new.append(product)
            if slug not in images:
                images[slug] = _image_for(category, top)
            pending_images.append((product, images[slug]))
    Product.objects.bulk_create(new)
    Through = Product.certifications.through
    Through.objects.bulk_create(
        [
            Through(product_id=product.pk, certification_id=cert)
            for product in new
            for cert in product._demo_certifications  # type: ignore[attr-defined]
        ]
    )
    ProductImage.objects.bulk_create(
        [
            ProductImage(
                product=product,
                image=image,
                alt_text=f"{product.title} ({product.category.name}) from {product.company.name}"[
                    :200
                ],
            )
            for product, image in pending_images
        ]
    )
    return new


def _featured(companies: dict[str, Company], demo_products) -> None:
    now = timezone.now()
    ends = now + timedelta(days=365)

    def ensure(**target) -> None:
        if not Featured.objects.filter(**target).exists():
            Featured.objects.create(starts_at=now, ends_at=ends, **target)

    for order, (code, number) in enumerate(HOME_PRODUCTS):
        product = demo_products.filter(
            company=companies.get(code), sku=f"{code}-{number:03d}"
        ).first()
        if product is not None:
            ensure(placement=Featured.Placement.HOME, product=product, sort_order=order)
    for order, code in enumerate(HOME_SUPPLIERS):
        if code in companies:
            ensure(placement=Featured.Placement.HOME, company=companies[code], sort_order=order)
    busiest = (
        demo_products.values("category")
        .annotate(n=Count("pk"))
        .order_by("-n", "category__slug")[:3]
    )
    for row in busiest:
        top_two = demo_products.filter(category_id=row["category"]).order_by(
            "-company__is_verified", "sku", "pk"
        )[:2]
        for order, product in enumerate(top_two):
            ensure(
                placement=Featured.Placement.CATEGORY,
                category_id=row["category"],
                product=product,
                sort_order=order,
            )


@transaction.atomic
def seed() -> dict[str, int]:
    """Create the demo catalog (idempotent) and return counts of what exists afterwards."""
    taxonomy_load()
    admin = User.objects.filter(email="admin@tradesetu.test").first()
    password = make_password(DEMO_PASSWORD)  # hashed once: the same password for every supplier
    companies = [
        (spec, _supplier(index, spec, password, admin)) for index, spec in enumerate(SUPPLIERS)
    ]
    wanted = {slug for spec in SUPPLIERS for slug in spec["products"]}
    categories = {c.slug: c for c in Category.objects.filter(slug__in=wanted)}
    created = _products(companies, categories)
    demo_companies = [company for _spec, company in companies]
    demo_products = Product.objects.filter(
        company__in=demo_companies,
        sku__in=[f"{s['code']}-{n:03d}" for s in SUPPLIERS for n in range(1, 11)],
    )
    _featured({spec["code"]: company for spec, company in companies}, demo_products)
    return {
        "sellers": len(demo_companies),
        "verified": Company.objects.filter(
            pk__in=[c.pk for c in demo_companies], is_verified=True
        ).count(),
        "products": demo_products.filter(status=Product.Status.PUBLISHED).count(),
        "products_created": len(created),
        "categories": demo_products.values("category").distinct().count(),
        "images": ProductImage.objects.filter(product__in=demo_products).count(),
        "featured": Featured.objects.filter(product__in=demo_products).count()
        + Featured.objects.filter(company__in=demo_companies).count(),
    }
