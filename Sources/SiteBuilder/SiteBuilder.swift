/// (front door written by the target's author)
