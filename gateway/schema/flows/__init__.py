"""Agency flows that finish later, and the ``flowUpdated`` subscription that follows them."""
