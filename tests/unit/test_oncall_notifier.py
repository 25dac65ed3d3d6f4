"""OnCallNotifier: retried, signed, never blocking the reply."""
import asyncio
import hashlib
import hmac
import json

from actions.oncall import OnCallNotifier


class FlakyWebhook:
    """A webhook stand-in that fails a given number of times, then answers 200."""

    def __init__(self, failures: int, error: bool = False) -> None:
        self.failures = failures
        self.error = error
        self.calls = []

    async def __call__(self, url, body, headers):
        self.calls.append((url, body, headers))
        if len(self.calls) <= self.failures:
            if self.error:
                raise ConnectionError("refused")
            return 503
        return 200


async def test_notification_is_retried_until_delivered():
    webhook = FlakyWebhook(failures=2)
    notifier = OnCallNotifier("http://oncall.invalid/hook", retries=3,
                              backoff_seconds=0, sender=webhook)
    assert await notifier.send({"case_id": 7}) is True
    assert len(webhook.calls) == 3


async def test_connection_errors_are_retried_then_given_up_and_logged(caplog):
    webhook = FlakyWebhook(failures=99, error=True)
    notifier = OnCallNotifier("http://oncall.invalid/hook", retries=2,
                              backoff_seconds=0, sender=webhook)
    assert await notifier.send({"case_id": 7}) is False
    assert len(webhook.calls) == 3
    assert "NOT delivered" in caplog.text


async def test_notification_is_signed_with_the_shared_secret():
    webhook = FlakyWebhook(failures=0)
    notifier = OnCallNotifier("http://oncall.invalid/hook", secret="s3cret",
                              sender=webhook)
    await notifier.send({"case_id": 1, "category": "locked_in"})
    _, body, headers = webhook.calls[0]
    expected = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert headers["X-Stodchatten-Signature"] == f"sha256={expected}"
    assert json.loads(body) == {"case_id": 1, "category": "locked_in"}


async def test_local_mode_without_url_logs_instead_of_sending(caplog):
    notifier = OnCallNotifier("", sender=FlakyWebhook(failures=0))
    assert await notifier.send({"case_id": 3}) is False
    assert "local mode" in caplog.text


async def test_background_notification_returns_before_a_hanging_webhook_answers():
    release = asyncio.Event()
    delivered = []

    async def hanging(url, body, headers):
        await release.wait()
        delivered.append(body)
        return 200

    notifier = OnCallNotifier("http://oncall.invalid/hook", sender=hanging)
    task = notifier.notify_in_background({"case_id": 9})
    await asyncio.sleep(0)
    assert delivered == []  # the caller already has control back
    release.set()
    assert await task is True
    assert len(delivered) == 1
