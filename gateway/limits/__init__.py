"""Operation limits and abuse protection.

Two layers, each as cheap as it can be per request:

* the document (:mod:`~gateway.limits.document`, :mod:`~gateway.limits.validation`,
  :mod:`~gateway.limits.cost`, :mod:`~gateway.limits.extension`): tokens at parse time; depth,
  aliases, directives, root fields, static cost and the error cap inside one cached validation
  step, so a document the gateway has seen before costs one dictionary lookup;
* the HTTP request (:mod:`~gateway.limits.http`, :mod:`~gateway.limits.ratelimit`): body size,
  CSRF prevention, CORS, batching and a per-client rate limit, as ASGI middleware that refuses
  before the GraphQL view reads anything.

Every refusal is GraphQL-shaped (``errors[].extensions.code``) in the client's language.
"""
