from django.urls import path

from . import api

urlpatterns = [
    path("reviews", api.ReviewCreateView.as_view(), name="api-reviews"),
    path("reviews/<int:pk>", api.ReviewDetailView.as_view(), name="api-review"),
    path("reviews/<int:pk>/moderate", api.ReviewModerateView.as_view(), name="api-review-moderate"),
    path("reviews/<int:pk>/reply", api.ReviewReplyView.as_view(), name="api-review-reply"),
    path("reviews/<int:pk>/report", api.ReviewReportView.as_view(), name="api-review-report"),
    path(
        "review-replies/<int:pk>/moderate",
        api.ReplyModerateView.as_view(),
        name="api-review-reply-moderate",
    ),
    path(
        "review-reports/<int:pk>/decide",
        api.ReportDecideView.as_view(),
        name="api-review-report-decide",
    ),
    path(
        "companies/<int:company_id>/reviews",
        api.CompanyReviewListView.as_view(),
        name="api-company-reviews",
    ),
    path(
        "companies/<int:company_id>/rating",
        api.CompanyRatingView.as_view(),
        name="api-company-rating",
    ),
]
