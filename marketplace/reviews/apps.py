from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "marketplace.reviews"
    label = "reviews"
    verbose_name = _("Reviews")

    def ready(self) -> None:
        from marketplace.files import access

        def review_photo_policy(user, stored) -> bool:
            from .models import ReviewPhoto
            from .selectors import photo_visible

            photo = ReviewPhoto.objects.select_related("review").filter(file=stored).first()
            return photo is not None and photo_visible(photo, user)

        access.register("review", review_photo_policy)
