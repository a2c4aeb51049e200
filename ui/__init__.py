"""The Streamlit chat over the articles (run ui/app.py); helpers are plain modules so tests can import them."""
