from django.urls import path

from . import api_likes, api_mine, views

app_name = "comments"

urlpatterns = [
    path("api/articles/<id:article_id>/comments/", views.article_comments_api, name="api"),
    path("api/comment-counts/", views.comment_counts_api, name="api_counts"),
    path("api/articles/<id:article_id>/likes/", api_likes.article_likes_api, name="api_likes"),
    path("api/my-comments/pending/", api_mine.my_pending_comments_api, name="api_my_pending"),
    path("reacties/<id:article_id>/", views.discussion_page, name="discussion"),
    path("reacties/<id:article_id>/plaatsen/", views.post_comment, name="post"),
    path("reactie/<id:comment_id>/bewerken/", views.edit_comment, name="edit"),
    path("reactie/<id:comment_id>/verwijderen/", views.delete_comment, name="delete"),
    path("reactie/<id:comment_id>/like/", views.like_comment, name="like"),
    path("reactie/<id:comment_id>/melden/", views.report_comment, name="report"),
]
