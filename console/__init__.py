"""The counsellor console (Sanic): queue, warm handover, live chat, hand back, close, audit."""
