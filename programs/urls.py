from django.urls import path

from programs import views

app_name = "programs"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("treatment/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("where-do-calls-go/", views.WhereCallsGoView.as_view(), name="where_calls_go"),
]
