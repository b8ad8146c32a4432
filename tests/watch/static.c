/* A statically linked program (tst_watch): `watch` must refuse it in one sentence. */
int main(void)
{
    return 0;
}
